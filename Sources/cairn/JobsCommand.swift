import ArgumentParser
import CairnCore
import CairnServices
import Foundation

/// `cairn jobs`: see the background jobs, retry a failed or dead one, cancel one that has not ended.
struct JobsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jobs", abstract: "List, retry and cancel background jobs.",
        subcommands: [List.self, Retry.self, Cancel.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List jobs, the most recently changed first, after a count per state.")

        @OptionGroup var databaseOptions: DatabaseOptions
        @Option(
            help: "Only jobs in this state (repeatable): \(JobEntry.Status.allCases.map(\.rawValue).joined(separator: ", ")).")
        var status: [String] = []
        @Option(help: "At most this many jobs.") var limit = 50

        func validate() throws {
            for name in status where JobEntry.Status(rawValue: name) == nil {
                throw ValidationError(
                    "--status: \(name) is not a state; expected one of "
                        + JobEntry.Status.allCases.map(\.rawValue).joined(separator: ", "))
            }
            guard (1...10_000).contains(limit) else { throw ValidationError("--limit: expected 1 to 10000") }
        }

        func run() async throws {
            try await databaseOptions.withServices(logger: CommandLogging.logger) { services in
                let statistics = try await services.jobs.statistics()
                print(
                    JobEntry.Status.allCases.map { "\($0.rawValue) \(statistics.count($0))" }.joined(separator: " · ")
                        + (statistics.oldestDue.map { " · oldest due since \(RecordJSON.format($0))" } ?? ""))
                let jobs = try await services.jobs.list(
                    status.compactMap(JobEntry.Status.init(rawValue:)), limit: limit, by: .system)
                for job in jobs { print(Self.line(job)) }
            }
        }

        static func line(_ job: JobEntry) -> String {
            var parts = [
                job.id, job.kind, job.status.rawValue, "attempt \(job.attempts)/\(job.maxAttempts)",
                "run at \(RecordJSON.format(job.runAt))",
            ]
            if job.status == .running {
                parts.append("on \(job.leaseOwner ?? "?") until \(job.leaseExpiresAt.map(RecordJSON.format) ?? "?")")
                if job.progressTotal > 0 { parts.append("\(job.progressDone)/\(job.progressTotal)") }
            }
            if let error = job.lastError, job.status != .done { parts.append("last error: \(error.prefix(120))") }
            return parts.joined(separator: "  ")
        }
    }

    /// Applies a hand change to one job and says what became of it; refusals are said in terms of jobs.
    static func change(
        _ id: String, in database: DatabaseOptions, _ apply: @escaping (Services) async throws -> JobEntry,
        said: (JobEntry) -> String
    ) async throws {
        try await database.withServices(logger: CommandLogging.logger) { services in
            do {
                print(said(try await apply(services)))
            } catch ServiceError.notFound {
                throw ValidationError("no job with id \(id) (cairn jobs list shows them)")
            } catch ServiceError.conflict(let errors) {
                let status = errors.first?.parameters["status"] ?? "?"
                throw ValidationError(
                    "job \(id) is \(status): only failed, dead or cancelled jobs can be retried, and only queued, "
                        + "running or failed ones cancelled")
            }
        }
    }

    struct Retry: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Queue a failed, dead or cancelled job again now, with a fresh set of attempts.")
        @OptionGroup var databaseOptions: DatabaseOptions
        @Argument(help: "The job's id.") var id: String

        func run() async throws {
            try await JobsCommand.change(id, in: databaseOptions, { try await $0.jobs.retry(id, by: .system) }) {
                "job \($0.id) (\($0.kind)) is queued again; a running server takes it at its next look"
            }
        }
    }

    struct Cancel: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Cancel a job that has not ended; a running attempt commits nothing.")
        @OptionGroup var databaseOptions: DatabaseOptions
        @Argument(help: "The job's id.") var id: String

        func run() async throws {
            try await JobsCommand.change(id, in: databaseOptions, { try await $0.jobs.cancel(id, by: .system) }) {
                "job \($0.id) (\($0.kind)) is cancelled"
            }
        }
    }
}
