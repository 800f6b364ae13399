import Foundation

/// Work that recurs: a kind enqueued at every multiple of an interval (counted from the epoch, so every node agrees
/// on the occurrences). Each occurrence is one job with a unique key, so nodes racing to enqueue it make one job.
public struct JobSchedule: Sendable, Equatable {
    /// Stable name, also the prefix of its jobs' unique keys.
    public var name: String
    public var kind: String
    public var payload: String
    public var everySeconds: Int
    /// Whether every missed occurrence runs after a stop (each is work of its own), or only the latest (upkeep that
    /// does the same whenever it runs, such as a purge).
    public var runsMissed: Bool

    public init(name: String, kind: String, payload: String = "{}", everySeconds: Int, runsMissed: Bool = true) {
        self.name = name
        self.kind = kind
        self.payload = payload
        self.everySeconds = max(1, everySeconds)
        self.runsMissed = runsMissed
    }

    /// The first occurrence strictly after an instant.
    public func occurrence(after instant: Date) -> Date {
        let every = Int64(everySeconds) * 1_000
        let millis = Int64((instant.timeIntervalSince1970 * 1_000).rounded(.down))
        let next = (millis / every + 1) * every
        return Date(timeIntervalSince1970: Double(next) / 1_000)
    }

    /// The occurrences due by `now`, from `next` on, at most `limit` (the latest ones when more were missed; only the
    /// latest unless it `runsMissed`), and the occurrence after them.
    public func due(from next: Date, until now: Date, limit: Int) -> (occurrences: [Date], following: Date) {
        guard next <= now else { return ([], next) }
        let step = TimeInterval(everySeconds)
        let missed = Int(((now.timeIntervalSince(next)) / step).rounded(.down)) + 1
        let skipped = max(0, missed - (runsMissed ? max(1, limit) : 1))
        let occurrences = (skipped..<missed).map { next.addingTimeInterval(Double($0) * step) }
        return (occurrences, next.addingTimeInterval(Double(missed) * step))
    }

    /// The unique key of the job of one occurrence.
    public func uniqueKey(for occurrence: Date) -> String {
        "schedule:\(name):\(Int64((occurrence.timeIntervalSince1970 * 1_000).rounded()))"
    }
}
