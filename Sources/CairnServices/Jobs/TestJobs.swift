import CairnCore
import CairnStore
import Foundation

/// The job kind and schedule that multi-node tests use, registered only by servers started for tests
/// (`cairn serve --test-clock`): each run waits a little (so a node can be killed mid-run) and then writes one row
/// in `job_test_runs` in the transaction that completes the job, so a test counts exactly how often each job ran.
public enum TestJobs {
    /// The kind's name.
    public static let writeRowKind = "test.write-row"

    /// What a run does: wait `workMilliseconds`, then write its row; fail instead when `fail` is set.
    public struct Payload: Codable, Sendable {
        public var workMilliseconds: Int
        public var fail: Bool

        public init(workMilliseconds: Int = 0, fail: Bool = false) {
            self.workMilliseconds = workMilliseconds
            self.fail = fail
        }
    }

    /// The kind.
    public static let kinds: [any JobKind] = [WriteRow()]

    /// A run every minute.
    public static let schedules = [JobSchedule(name: "test.every-minute", kind: writeRowKind, everySeconds: 60)]

    /// Creates the table the kind writes to.
    public static func prepare(_ services: Services) async throws {
        try await services.environment.storage.write { session in try await JobTestRunStore().prepare(in: session) }
    }

    /// Runs recorded per job id.
    public static func runsPerJob(_ services: Services) async throws -> [String: Int] {
        try await services.environment.storage.read { session in try await JobTestRunStore().runsPerJob(in: session) }
    }

    struct WriteRow: JobKind {
        struct Failure: Error, CustomStringConvertible {
            var description: String { "the test job was told to fail" }
        }

        var name: String { TestJobs.writeRowKind }

        func perform(_ job: RunningJob) async throws -> JobEffect {
            let payload = (try? job.payload(Payload.self)) ?? Payload()
            if payload.workMilliseconds > 0 { try await Task.sleep(for: .milliseconds(payload.workMilliseconds)) }
            if payload.fail { throw Failure() }
            let entry = job.entry
            return JobEffect { session in
                try await JobTestRunStore().insert(
                    jobId: entry.id, node: entry.leaseOwner ?? "", attempt: entry.attempts, ranAt: entry.updatedAt,
                    in: session)
                return nil
            }
        }
    }
}
