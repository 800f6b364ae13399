import Foundation

/// One batch scan as stored: where it is and what it found.
public struct DuplicateScanEntry: Sendable, Equatable {
    public enum Status: String, Sendable { case running, done, failed }

    public var id: String
    public var entity: String
    public var status: Status
    /// The step running (`reading`, `preparing`, `blocking`, `scoring`, `saving`, `done`).
    public var phase: String
    /// Progress within the step.
    public var done: Int
    public var total: Int
    public var records: Int
    public var comparedPairs: Int
    public var clusters: Int
    public var startedAt: Date
    public var startedBy: String
    public var finishedAt: Date?
    public var failure: String?
    /// The job that runs it.
    public var jobId: String?

    public init(id: String, entity: String, startedAt: Date, startedBy: String, jobId: String? = nil) {
        self.id = id
        self.jobId = jobId
        self.entity = entity
        status = .running
        phase = "reading"
        done = 0
        total = 0
        records = 0
        comparedPairs = 0
        clusters = 0
        self.startedAt = startedAt
        self.startedBy = startedBy
    }
}

/// A pair a scan found, in its cluster.
public struct DuplicatePairEntry: Sendable, Equatable {
    public var cluster: Int
    public var leftId: String
    public var rightId: String
    public var score: Double

    public init(cluster: Int, leftId: String, rightId: String, score: Double) {
        self.cluster = cluster
        self.leftId = leftId
        self.rightId = rightId
        self.score = score
    }
}
