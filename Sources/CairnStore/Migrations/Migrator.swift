import Foundation
import SQLKit

/// Applies pending migrations, each in its own transaction, and records them in `schema_migrations`.
public struct Migrator: Sendable {
    private let storage: any Storage
    private let migrations: [Migration]

    /// Creates a migrator over the given migrations (all of Cairn's by default).
    public init(storage: any Storage, migrations: [Migration] = Migration.all) {
        self.storage = storage
        self.migrations = migrations
    }

    /// Applies what is pending and returns the migrations applied now; `progress` hears each one.
    @discardableResult
    public func migrate(now: Date, progress: @Sendable (Migration) -> Void = { _ in }) async throws -> [Migration] {
        try await storage.write { session in
            try await session.sql.raw(
                """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    number BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)
                """
            ).run()
        }
        let applied = try await appliedNumbers()
        var done: [Migration] = []
        for migration in migrations where !applied.contains(migration.number) {
            progress(migration)
            try await storage.write { session in
                for statement in migration.statements(session.dialect) {
                    try await session.sql.raw(SQLQueryString(statement)).run()
                }
                try await session.sql.insert(into: "schema_migrations")
                    .columns("number", "name", "applied_at")
                    .values(SQLBind(migration.number), SQLBind(migration.name), SQLBind(now.epochMilliseconds))
                    .run()
            }
            done.append(migration)
        }
        return done
    }

    /// Numbers of the migrations already applied.
    public func appliedNumbers() async throws -> Set<Int> {
        try await storage.read { session in
            let rows = try await session.sql.raw("SELECT number FROM schema_migrations").all()
            return Set(try rows.map { try $0.decode(column: "number", as: Int.self) })
        }
    }

    /// Whether every known migration has been applied (the readiness check).
    public func isCurrent() async throws -> Bool {
        let applied = try await appliedNumbers()
        return migrations.allSatisfy { applied.contains($0.number) }
    }
}
