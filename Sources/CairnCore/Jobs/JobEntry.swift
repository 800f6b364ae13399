import Foundation

/// One piece of background work as stored in `jobs`: what to run, when, and how its attempts went.
public struct JobEntry: Sendable, Equatable {
    /// Where a job is in its life.
    public enum Status: String, Sendable, CaseIterable {
        /// Waiting for its run-at time or a free worker.
        case queued
        /// Leased by a node that is running it.
        case running
        /// Its last attempt failed; it runs again at its run-at time.
        case failed
        /// Finished: its effect is committed.
        case done
        /// Failed every attempt it had; runs again only when retried by hand.
        case dead
        /// Cancelled by hand before it finished.
        case cancelled

        /// Whether the job will run again without anyone's help.
        public var isPending: Bool { self == .queued || self == .running || self == .failed }
    }

    public let id: String
    /// The registered kind that runs it (`duplicates.scan`).
    public var kind: String
    /// The kind's input, as JSON text.
    public var payload: String
    public var status: Status
    /// When it may run (next).
    public var runAt: Date
    /// Attempts started so far; the current one while running (a fencing number: only that attempt may finish it).
    public var attempts: Int
    public var maxAttempts: Int
    /// The node running it, and until when its lease holds.
    public var leaseOwner: String?
    public var leaseExpiresAt: Date?
    public var lastError: String?
    /// What the finished job reports (JSON or text).
    public var result: String?
    /// Progress of the running attempt.
    public var progressDone: Int
    public var progressTotal: Int
    /// At most one job holds a key (a schedule's occurrence), so racing nodes cannot enqueue it twice.
    public var uniqueKey: String?
    public var createdAt: Date
    public var updatedAt: Date
    public var startedAt: Date?
    public var finishedAt: Date?

    /// A new queued job.
    public init(id: String, request: JobRequest, now: Date) {
        self.id = id
        kind = request.kind
        payload = request.payload
        status = .queued
        runAt = request.runAt ?? now
        attempts = 0
        maxAttempts = request.maxAttempts
        progressDone = 0
        progressTotal = 0
        uniqueKey = request.uniqueKey
        createdAt = now
        updatedAt = now
    }

    /// Whether a node may claim it now: due and waiting, or running under a lease that ran out.
    public func isClaimable(at now: Date) -> Bool {
        switch status {
        case .queued, .failed: runAt <= now
        case .running: (leaseExpiresAt ?? now) <= now
        case .done, .dead, .cancelled: false
        }
    }
}

/// What to enqueue: a kind, its payload and when it may run.
public struct JobRequest: Sendable, Equatable {
    public var kind: String
    public var payload: String
    /// Nil means now.
    public var runAt: Date?
    public var maxAttempts: Int
    public var uniqueKey: String?

    public init(kind: String, payload: String = "{}", runAt: Date? = nil, maxAttempts: Int = 5, uniqueKey: String? = nil) {
        self.kind = kind
        self.payload = payload
        self.runAt = runAt
        self.maxAttempts = maxAttempts
        self.uniqueKey = uniqueKey
    }
}
