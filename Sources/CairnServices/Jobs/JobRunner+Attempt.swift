import CairnCore
import CairnStore
import Foundation
import Logging
import Metrics

/// One attempt of a claimed job: perform it while renewing the lease, then commit its effect with its completion —
/// or record the failure, or hand the job back when the node shuts down. Every write is guarded by the lease, so an
/// attempt that lost its job (taken over, cancelled) commits nothing.
extension JobRunner {
    /// The lease was lost: another node took the job over, or someone cancelled it.
    struct LeaseLost: Error {}

    func execute(_ job: JobEntry) async {
        guard let kind = kinds.kind(named: job.kind) else {
            await fail(job, kind: nil, message: "no job kind \"\(job.kind)\" on node \(node)")
            return
        }
        let began = ContinuousClock.now
        let progress = JobProgress()
        do {
            let effect = try await withThrowingTaskGroup(of: JobEffect?.self) { group in
                group.addTask { try await kind.perform(RunningJob(entry: job, progress: progress)) }
                group.addTask {
                    try await keepLeased(job, progress: progress)
                    return nil
                }
                defer { group.cancelAll() }
                while let outcome = try await group.next() {
                    if let effect = outcome { return effect }
                }
                throw CancellationError()
            }
            try await complete(job, with: effect)
            Timer(label: "cairn_job_run_seconds", dimensions: [("kind", job.kind)])
                .recordNanoseconds(Int64((ContinuousClock.now - began).nanoseconds))
        } catch is LeaseLost {
            environment.logger.warning("job \(job.id) (\(job.kind)) attempt \(job.attempts): lease lost, nothing committed")
        } catch {
            if Task.isCancelled {
                await handBack(job)
            } else {
                await fail(job, kind: kind, message: String(describing: error))
            }
        }
    }

    /// Renews the lease (and stores progress) until cancelled; throws `LeaseLost` when the attempt no longer holds it.
    private func keepLeased(_ job: JobEntry, progress: JobProgress) async throws {
        var sinceRenewal: TimeInterval = 0
        let step = min(1, settings.renewSeconds)
        while true {
            try await Task.sleep(for: .milliseconds(Int(step * 1_000)))
            sinceRenewal += step
            let reported = progress.takeNew()
            guard reported != nil || sinceRenewal >= settings.renewSeconds else { continue }
            sinceRenewal = 0
            let now = environment.clock.now()
            let expiry = now.addingTimeInterval(settings.leaseSeconds)
            let held = try await environment.storage.write { [store, node] session in
                try await store.renew(
                    job.id, owner: node, attempt: job.attempts, until: expiry, progress: reported, now: now, in: session)
            }
            if !held { throw LeaseLost() }
        }
    }

    /// Commits the effect and marks the job done in one transaction, provided this attempt still holds it.
    private func complete(_ job: JobEntry, with effect: JobEffect) async throws {
        let now = environment.clock.now()
        try await environment.storage.write { [store, node] session in
            // Marking it done first locks the row, so no node can take the job over while the effect is written.
            var done = job.finished(result: nil, now: now)
            guard try await store.save(done, ifHeldBy: node, attempt: job.attempts, in: session) else { throw LeaseLost() }
            if let result = try await effect.commit(session) {
                done.result = result
                try await store.save(done, in: session)
            }
        }
    }

    /// Records a failed attempt: retried after a backoff, or dead (its kind hears it in the same transaction).
    private func fail(_ job: JobEntry, kind: (any JobKind)?, message: String) async {
        Counter(label: "cairn_job_failures_total", dimensions: [("kind", job.kind)]).increment()
        let failed = job.failed(message, now: environment.clock.now(), settings: settings)
        let next = failed.status == .dead ? "it is dead" : "retrying at \(RecordJSON.format(failed.runAt))"
        environment.logger.error(
            "job \(job.id) (\(job.kind)) attempt \(job.attempts) of \(job.maxAttempts) failed: \(message); \(next)")
        await guarded(job, failed) { session in
            if failed.status == .dead { try await kind?.stopped(failed, in: session) }
        }
    }

    /// Gives an unfinished job back when the node shuts down, so another node (or this one restarted) runs it at once.
    private func handBack(_ job: JobEntry) async {
        environment.logger.info("job \(job.id) (\(job.kind)) handed back unfinished: the node is stopping")
        await guarded(job, job.handedBack(now: environment.clock.now())) { _ in }
    }

    private func guarded(
        _ job: JobEntry, _ changed: JobEntry, also: @escaping @Sendable (StoreSession) async throws -> Void
    ) async {
        do {
            try await environment.storage.write { [store, node] session in
                guard try await store.save(changed, ifHeldBy: node, attempt: job.attempts, in: session) else { return }
                try await also(session)
            }
        } catch {
            environment.logger.error("job \(job.id): could not record its state: \(error)")
        }
    }
}

extension Duration {
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
