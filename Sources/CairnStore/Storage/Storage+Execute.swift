import SQLKit

extension Storage {
    /// Runs one statement outside a transaction (administrative work such as creating a database).
    public func execute(_ statement: String) async throws {
        try await read { session in try await session.sql.raw(SQLQueryString(statement)).run() }
    }
}
