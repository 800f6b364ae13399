import CairnCore
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
