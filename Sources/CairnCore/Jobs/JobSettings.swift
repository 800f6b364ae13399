import Foundation

/// How the job runner paces itself, all in seconds so tests can shrink them (`cairn serve --job-lease-seconds 3`).
public struct JobSettings: Sendable, Equatable {
    /// How long a claim holds without renewal; a node that stops loses its jobs to others after this.
    public var leaseSeconds: TimeInterval
    /// How often an idle runner looks for due jobs (a job enqueued on the same node starts at once).
    public var pollSeconds: TimeInterval
    /// The wait before the first retry; each further retry waits twice as long, up to `retryMaxSeconds`.
    public var retryBaseSeconds: TimeInterval
    public var retryMaxSeconds: TimeInterval
    /// Jobs one node runs at the same time.
    public var workers: Int
    /// Missed occurrences of a schedule enqueued at most at once (after a long stop, older ones are skipped).
    public var catchUpLimit: Int

    public init(
        leaseSeconds: TimeInterval = 30, pollSeconds: TimeInterval = 1, retryBaseSeconds: TimeInterval = 10,
        retryMaxSeconds: TimeInterval = 3_600, workers: Int = 2, catchUpLimit: Int = 1_440
    ) {
        self.leaseSeconds = leaseSeconds
        self.pollSeconds = pollSeconds
        self.retryBaseSeconds = retryBaseSeconds
        self.retryMaxSeconds = retryMaxSeconds
        self.workers = workers
        self.catchUpLimit = catchUpLimit
    }

    /// How often a running job's lease is renewed: three times per lease, so one slow renewal does not lose it.
    public var renewSeconds: TimeInterval { leaseSeconds / 3 }

    /// The wait before retrying a job whose attempt `attempt` (1-based) failed: exponential, capped.
    public func retryDelay(afterAttempt attempt: Int) -> TimeInterval {
        let doublings = Double(max(0, min(attempt - 1, 30)))
        return min(retryMaxSeconds, retryBaseSeconds * pow(2, doublings))
    }
}
