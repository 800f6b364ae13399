import ArgumentParser
import CairnCore

/// How `cairn serve` runs background jobs, in seconds (tests shrink them instead of waiting).
struct JobOptions: ParsableArguments {
    @Option(help: "Jobs this node runs at the same time.") var jobWorkers = 2
    @Option(help: "Seconds a job's lease holds without renewal; a stopped node's jobs move to others after this.")
    var jobLeaseSeconds: Double = 30
    @Option(help: "Seconds between looks for due jobs when idle.") var jobPollSeconds: Double = 1
    @Option(help: "Seconds before the first retry of a failed job (doubling each time, at most an hour).")
    var jobRetrySeconds: Double = 10
    @Option(help: "This node's name in job leases (default: host-pid-random).") var nodeName: String?

    func validate() throws {
        guard jobWorkers >= 1 else { throw ValidationError("--job-workers: expected 1 or more") }
        for (name, value) in [
            ("--job-lease-seconds", jobLeaseSeconds), ("--job-poll-seconds", jobPollSeconds),
            ("--job-retry-seconds", jobRetrySeconds),
        ] where !(value > 0 && value.isFinite) {
            throw ValidationError("\(name): expected a number of seconds above 0")
        }
    }

    var settings: JobSettings {
        JobSettings(
            leaseSeconds: jobLeaseSeconds, pollSeconds: jobPollSeconds, retryBaseSeconds: jobRetrySeconds,
            workers: jobWorkers)
    }

    var node: String? { nodeName }
}
