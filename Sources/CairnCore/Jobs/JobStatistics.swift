import Foundation

/// The queue at a glance: jobs per state and the age of the longest wait.
public struct JobStatistics: Sendable, Equatable {
    public var counts: [JobEntry.Status: Int]
    /// When the longest-waiting due job became due (nil when none is waiting).
    public var oldestDue: Date?

    public init(counts: [JobEntry.Status: Int], oldestDue: Date?) {
        self.counts = counts
        self.oldestDue = oldestDue
    }

    /// Jobs in a state.
    public func count(_ status: JobEntry.Status) -> Int { counts[status] ?? 0 }
}
