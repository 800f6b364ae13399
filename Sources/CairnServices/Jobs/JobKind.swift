import CairnCore
import CairnStore
import Foundation
import Synchronization

/// A kind of background work, registered once with the composition root (like a record kind in `RecordKinds`).
/// `perform` does the long part outside any transaction and returns the effect; the runner commits that effect
/// together with the job's completion, so an attempt that stops half-way leaves nothing and is run again from the
/// start.
public protocol JobKind: Sendable {
    /// The stable name stored in `jobs.kind` (`duplicates.scan`).
    var name: String { get }
    /// Does the work of one attempt. Throwing fails the attempt (retried after a backoff until none are left).
    func perform(_ job: RunningJob) async throws -> JobEffect
    /// The job ended without finishing (dead or cancelled), inside that transaction: undo what an attempt showed,
    /// such as a scan marked as running.
    func stopped(_ job: JobEntry, in session: StoreSession) async throws
}

extension JobKind {
    public func stopped(_ job: JobEntry, in session: StoreSession) async throws {}
}

/// What a finished attempt commits, in the same transaction that marks the job done; returns the job's result.
public struct JobEffect: Sendable {
    let commit: @Sendable (StoreSession) async throws -> String?

    /// An effect written by `commit`.
    public init(_ commit: @escaping @Sendable (StoreSession) async throws -> String?) {
        self.commit = commit
    }

    /// Nothing to write beyond the job's completion.
    public static func result(_ text: String?) -> JobEffect { JobEffect { _ in text } }
}

/// The attempt a kind is performing: its job, and a place to report progress (stored with the lease renewals).
public struct RunningJob: Sendable {
    /// The job as claimed (status running, `attempts` is this attempt's number).
    public let entry: JobEntry
    let progress: JobProgress

    /// Reports progress; the runner stores it with the next lease renewal (about every second).
    public func report(done: Int, total: Int) { progress.set(done: done, total: total) }

    /// The payload decoded as JSON.
    public func payload<T: Decodable>(_ type: T.Type) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(entry.payload.utf8))
    }
}

/// The latest progress of a running attempt, and whether it changed since the runner last stored it.
final class JobProgress: Sendable {
    private let state = Mutex<(done: Int, total: Int, isNew: Bool)>((0, 0, false))

    func set(done: Int, total: Int) { state.withLock { $0 = (done, total, true) } }

    /// The progress not yet stored, once.
    func takeNew() -> (done: Int, total: Int)? {
        state.withLock { state in
            guard state.isNew else { return nil }
            state.isNew = false
            return (state.done, state.total)
        }
    }
}

/// The job kinds this node can run, by name.
public struct JobKinds: Sendable {
    private let byName: [String: any JobKind]

    init(_ kinds: [any JobKind]) {
        byName = Dictionary(kinds.map { ($0.name, $0) }) { first, _ in first }
    }

    /// The kind with a name, if this node has it.
    public func kind(named name: String) -> (any JobKind)? { byName[name] }

    /// Every registered name, sorted.
    public var names: [String] { byName.keys.sorted() }
}

/// Payloads are JSON: the text of an encodable value.
extension JobRequest {
    /// A request whose payload is a value encoded as JSON (keys sorted, so equal payloads are equal text).
    public init<Payload: Encodable>(
        kind: String, payload: Payload, runAt: Date? = nil, maxAttempts: Int = 5, uniqueKey: String? = nil
    ) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        self.init(
            kind: kind, payload: String(decoding: try encoder.encode(payload), as: UTF8.self), runAt: runAt,
            maxAttempts: maxAttempts, uniqueKey: uniqueKey)
    }
}
