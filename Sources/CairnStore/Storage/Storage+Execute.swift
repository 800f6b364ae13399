import SQLKit

extension Storage {
    /// Runs one statement outside a transaction (administrative work such as creating a database); `onWriter` runs
    /// it where writes run instead (a connection setting for SQLite's writer, such as a PRAGMA).
    public func execute(_ statement: String, onWriter: Bool = false) async throws {
        let run: @Sendable (StoreSession) async throws -> Void = { session in
            try await session.sql.raw(SQLQueryString(statement)).run()
        }
        if onWriter { try await write(run) } else { try await read(run) }
    }
}
