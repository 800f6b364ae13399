import Foundation
import SQLKit

/// `job_test_runs`: one row per committed run of the test-only job kind, so multi-node tests can count runs per job.
/// The table exists only in databases of servers started for tests (`cairn serve --test-clock`).
public struct JobTestRunStore: Sendable {
    /// Creates the store.
    public init() {}

    /// Creates the table if it is missing.
    public func prepare(in session: StoreSession) async throws {
        try await session.sql.raw(
            """
            CREATE TABLE IF NOT EXISTS job_test_runs (
                job_id TEXT NOT NULL,
                node TEXT NOT NULL,
                attempt BIGINT NOT NULL,
                ran_at BIGINT NOT NULL)
            """
        ).run()
    }

    /// Records one run.
    public func insert(jobId: String, node: String, attempt: Int, ranAt: Date, in session: StoreSession) async throws {
        try await session.sql.insert(into: "job_test_runs").columns("job_id", "node", "attempt", "ran_at")
            .values(SQLBind(jobId), SQLBind(node), SQLBind(attempt), SQLBind(ranAt.stored)).run()
    }

    /// Runs recorded per job id.
    public func runsPerJob(in session: StoreSession) async throws -> [String: Int] {
        var runs: [String: Int] = [:]
        for row in try await session.sql.raw("SELECT job_id, COUNT(*) AS n FROM job_test_runs GROUP BY job_id").all() {
            runs[try row.decode(column: "job_id", as: String.self)] = try row.decode(column: "n", as: Int.self)
        }
        return runs
    }
}
