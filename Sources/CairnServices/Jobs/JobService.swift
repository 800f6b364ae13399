import CairnCore
import CairnStore
import Foundation

/// Background jobs as people and other services see them: enqueue, list, retry, cancel. Running them is the
/// `JobRunner`'s work.
public struct JobService: Sendable {
    let environment: ServiceEnvironment
    let kinds: JobKinds
    private let store = JobStore()

    /// Enqueues a job on its own and wakes this node's runner; nil when its unique key is already taken.
    @discardableResult
    public func enqueue(_ request: JobRequest) async throws -> JobEntry? {
        let job = try await environment.storage.write { [environment] session in
            try await environment.enqueue(request, in: session)
        }
        if job != nil { environment.jobSignal.wake() }
        return job
    }

    /// Jobs in some states (every state when empty), the most recently changed first.
    public func list(_ statuses: [JobEntry.Status] = [], limit: Int = 100, by actor: Actor) async throws -> [JobEntry] {
        try actor.require(.manageJobs)
        let statuses = statuses.isEmpty ? JobEntry.Status.allCases : statuses
        return try await environment.storage.read { session in
            try await store.list(statuses: statuses, limit: limit, in: session)
        }
    }

    /// The job with an id.
    public func job(_ id: String, by actor: Actor) async throws -> JobEntry {
        try actor.require(.manageJobs)
        guard let job = try await environment.storage.read({ session in try await store.find(id, in: session) }) else {
            throw ServiceError.notFound(nil)
        }
        return job
    }

    /// Queues a failed, dead or cancelled job again with a fresh set of attempts.
    public func retry(_ id: String, by actor: Actor) async throws -> JobEntry {
        try actor.require(.manageJobs)
        let now = environment.clock.now()
        let job = try await change(id) { job, _ in job.retried(now: now) }
        environment.jobSignal.wake()
        return job
    }

    /// Cancels a job that has not ended; a running attempt loses its lease and commits nothing.
    public func cancel(_ id: String, by actor: Actor) async throws -> JobEntry {
        try actor.require(.manageJobs)
        let now = environment.clock.now()
        let kinds = kinds
        return try await change(id) { job, session in
            guard let cancelled = job.cancelled(now: now) else { return nil }
            try await kinds.kind(named: job.kind)?.stopped(cancelled, in: session)
            return cancelled
        }
    }

    /// How many jobs wait, run, failed and died, and the longest wait (for `/metrics` and the admin page).
    public func statistics() async throws -> JobStatistics {
        let now = environment.clock.now()
        return try await environment.storage.read { session in try await store.statistics(now: now, in: session) }
    }

    /// Applies a hand change to a job, locked against a node's claim; 409 naming its state when it does not apply.
    private func change(
        _ id: String, _ transition: @escaping @Sendable (JobEntry, StoreSession) async throws -> JobEntry?
    ) async throws -> JobEntry {
        try await environment.storage.write { session in
            guard let job = try await store.find(id, locking: true, in: session) else { throw ServiceError.notFound(nil) }
            guard let changed = try await transition(job, session) else {
                throw ServiceError.conflict([
                    FieldError(field: "status", code: .notAllowed, parameters: ["status": job.status.rawValue])
                ])
            }
            try await store.save(changed, in: session)
            return changed
        }
    }
}

extension ServiceEnvironment {
    /// Enqueues a job inside a use case's transaction (it exists only if that commits); nil when its unique key is
    /// taken. The caller wakes this node's runner after the commit with `jobSignal.wake()`.
    func enqueue(_ request: JobRequest, in session: StoreSession) async throws -> JobEntry? {
        let job = JobEntry(id: ids.next(), request: request, now: clock.now())
        return try await JobStore().insert(job, in: session) ? job : nil
    }
}
