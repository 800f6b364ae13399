import Foundation
import SQLKit

/// The readiness check's write: one row rewritten in a real transaction, so a node whose database went read-only or
/// ran out of space says so on `/readyz` instead of answering "ready" and failing every change.
public struct ReadinessProbe: Sendable {
    /// Creates the probe.
    public init() {}

    /// Writes the time of the check.
    public func touch(at now: Date, in session: StoreSession) async throws {
        try await session.sql.raw(
            """
            INSERT INTO readiness_probe (id, checked_at) VALUES (1, \(bind: now.stored))
            ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at
            """
        ).run()
    }
}
