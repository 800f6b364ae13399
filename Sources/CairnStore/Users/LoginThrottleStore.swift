import CairnCore
import Foundation
import SQLKit

/// Wrong-password counts per key (`account:<email>`, `address:<ip>`), shared by every node on one database.
public struct LoginThrottleStore: Sendable {
    public init() {}

    /// The state of each key that has one.
    public func find(_ keys: [String], in session: StoreSession) async throws -> [String: LoginFailures] {
        guard !keys.isEmpty else { return [:] }
        let rows = try await session.sql.raw(
            "SELECT key, failures, first_failure_at, locked_until FROM login_throttle WHERE key IN (\(binds: keys))"
        ).all()
        var states: [String: LoginFailures] = [:]
        for row in rows {
            let reader = RowReader(row: row, table: "login_throttle")
            states[try reader.string("key")] = LoginFailures(
                count: try reader.int("failures"), firstAt: try reader.date("first_failure_at"),
                lockedUntil: try reader.optionalDate("locked_until"))
        }
        return states
    }

    /// The state of each key, held until the transaction ends, for counting one more failure: on PostgreSQL the
    /// rows are made if missing and locked (in key order, so two sign-ins cannot deadlock); SQLite's one writer
    /// already runs writes one at a time. Without it, wrong passwords sent at once would each count from the same
    /// old state, and parallel guessing would never lock the account.
    public func findForUpdate(_ keys: [String], at now: Date, in session: StoreSession) async throws -> [String: LoginFailures] {
        guard session.dialect == .postgres, !keys.isEmpty else { return try await find(keys, in: session) }
        for key in keys.sorted() {
            try await session.sql.raw(
                """
                INSERT INTO login_throttle (key, failures, first_failure_at) VALUES (\(bind: key), 0, \(bind: now.stored))
                ON CONFLICT (key) DO NOTHING
                """
            ).run()
        }
        _ = try await session.sql.raw(
            "SELECT key FROM login_throttle WHERE key IN (\(binds: keys)) ORDER BY key FOR UPDATE"
        ).all()
        return try await find(keys, in: session)
    }

    /// Stores a key's state.
    public func save(_ state: LoginFailures, for key: String, in session: StoreSession) async throws {
        try await session.sql.raw(
            """
            INSERT INTO login_throttle (key, failures, first_failure_at, locked_until)
            VALUES (\(bind: key), \(bind: state.count), \(bind: state.firstAt.stored), \(bind: state.lockedUntil?.stored))
            ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, first_failure_at = excluded.first_failure_at,
            locked_until = excluded.locked_until
            """
        ).run()
    }

    /// Forgets a key (a successful sign-in).
    public func remove(_ key: String, in session: StoreSession) async throws {
        try await session.sql.raw("DELETE FROM login_throttle WHERE key = \(bind: key)").run()
    }
}
