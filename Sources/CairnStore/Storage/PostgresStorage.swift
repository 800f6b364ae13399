import AsyncKit
import Logging
import NIOCore
import NIOPosix
import PostgresKit
import SQLKit

/// PostgreSQL through a connection pool; each write runs in its own transaction on one pooled connection.
public final class PostgresStorage: Storage, @unchecked Sendable {
    public let dialect = StorageDialect.postgres
    private let pool: EventLoopGroupConnectionPool<PostgresConnectionSource>
    private let logger: Logger

    private init(pool: EventLoopGroupConnectionPool<PostgresConnectionSource>, logger: Logger) {
        self.pool = pool
        self.logger = logger
    }

    /// Connects to a `postgres://user:password@host:port/database` URL.
    public static func open(url: String, connectionsPerLoop: Int = 4, logger: Logger) async throws -> PostgresStorage {
        let configuration = try SQLPostgresConfiguration(url: url)
        let pool = EventLoopGroupConnectionPool(
            source: PostgresConnectionSource(sqlConfiguration: configuration),
            maxConnectionsPerEventLoop: connectionsPerLoop,
            logger: logger,
            on: MultiThreadedEventLoopGroup.singleton
        )
        let storage = PostgresStorage(pool: pool, logger: logger)
        _ = try await storage.read { session in try await session.sql.raw("SELECT 1").run() }
        return storage
    }

    private var database: any SQLDatabase {
        pool.database(logger: logger).sql()
    }

    public func read<T: Sendable>(_ body: @escaping @Sendable (StoreSession) async throws -> T) async throws -> T {
        try await StorageFault.translating { try await body(StoreSession(sql: database, dialect: dialect)) }
    }

    public func write<T: Sendable>(_ body: @escaping @Sendable (StoreSession) async throws -> T) async throws -> T {
        let dialect = self.dialect
        return try await StorageFault.translating { try await transaction(dialect: dialect, body) }
    }

    private func transaction<T: Sendable>(
        dialect: StorageDialect, _ body: @escaping @Sendable (StoreSession) async throws -> T
    ) async throws -> T {
        try await database.withSession { sql in
            try await sql.raw("BEGIN").run()
            do {
                let result = try await body(StoreSession(sql: sql, dialect: dialect))
                try await sql.raw("COMMIT").run()
                return result
            } catch {
                try? await sql.raw("ROLLBACK").run()
                throw error
            }
        }
    }

    public func close() async throws {
        try await pool.shutdownAsync()
    }
}
