import CairnCore
import CairnStore
import Foundation

/// Keeps `jobs` from growing without end: every day at 00:00 UTC, jobs that finished or were cancelled more than
/// `keepDays` ago are deleted. Dead jobs stay until someone retries them: they need a person's eyes.
struct JobPurge: JobKind {
    static let name = "jobs.purge"
    /// Once a day.
    static let schedule = JobSchedule(name: name, kind: name, everySeconds: 86_400, runsMissed: false)
    static let keepDays = 30

    let clock: any Clock
    var name: String { Self.name }

    func perform(_ job: RunningJob) async throws -> JobEffect {
        let cutoff = clock.now().addingTimeInterval(-Double(Self.keepDays) * 86_400)
        return JobEffect { session in
            let deleted = try await JobStore().deleteEnded(before: cutoff, in: session)
            return #"{"deleted":\#(deleted)}"#
        }
    }
}
