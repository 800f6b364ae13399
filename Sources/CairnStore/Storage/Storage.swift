import SQLKit

/// A database Cairn keeps its data in: reads run in parallel, writes run in one transaction each.
public protocol Storage: Sendable {
    /// Which SQL dialect the database speaks; the few dialect differences switch on it.
    var dialect: StorageDialect { get }
    /// Runs read-only queries.
    func read<T: Sendable>(_ body: @escaping @Sendable (StoreSession) async throws -> T) async throws -> T
    /// Runs queries in one transaction: all of them are kept, or none is. A database that cannot take it (read-only,
    /// full, out of reach) throws `StoreError.unavailable`, for reads too.
    func write<T: Sendable>(_ body: @escaping @Sendable (StoreSession) async throws -> T) async throws -> T
    /// Closes every connection.
    func close() async throws
}

/// The SQL dialects Cairn supports.
public enum StorageDialect: String, Sendable {
    case sqlite
    case postgres
}

/// One unit of database work handed to store functions: a connection (inside a transaction for writes).
public struct StoreSession: Sendable {
    /// The SQLKit database to run queries on.
    let sql: any SQLDatabase
    /// The dialect, for the few statements that differ.
    public let dialect: StorageDialect

    init(sql: any SQLDatabase, dialect: StorageDialect) {
        self.sql = sql
        self.dialect = dialect
    }

    /// Seeding at scale: lets SQLite's writer hold up to 2 GiB of pages (128 MiB otherwise), so the pages a large
    /// batch touches across a million-row index are written once at its commit instead of spilled to the log and
    /// read back. The connection keeps it (seeding runs in its own process). Nothing to do on PostgreSQL.
    public func allowLargeWrites() async throws {
        guard dialect == .sqlite else { return }
        try await sql.raw("PRAGMA cache_size = -2097152").run()
    }
}
