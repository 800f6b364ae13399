import Foundation

/// The pure rules of a job's life: claiming, finishing, failing, giving up, retrying and cancelling. The runner and
/// the store only apply what these return, so every node and every surface moves jobs the same way.
extension JobEntry {
    /// The job as claimed by a node for a new attempt, or as dead when a lease ran out on its last attempt (the node
    /// running it stopped that many times: it is not started again by itself).
    public func claimed(by owner: String, now: Date, settings: JobSettings) -> JobEntry {
        var job = self
        job.updatedAt = now
        if status == .running && attempts >= maxAttempts {
            job.status = .dead
            job.lastError = "the node running attempt \(attempts) stopped before it finished (lease expired)"
            job.leaseOwner = nil
            job.leaseExpiresAt = nil
            job.finishedAt = now
            return job
        }
        if status == .running {
            job.lastError = "the node running attempt \(attempts) stopped before it finished (lease expired)"
        }
        job.status = .running
        job.attempts += 1
        job.leaseOwner = owner
        job.leaseExpiresAt = now.addingTimeInterval(settings.leaseSeconds)
        job.startedAt = job.startedAt ?? now
        job.progressDone = 0
        job.progressTotal = 0
        return job
    }

    /// The job after its attempt committed its effect.
    public func finished(result: String?, now: Date) -> JobEntry {
        var job = released(now: now)
        job.status = .done
        job.result = result
        job.finishedAt = now
        return job
    }

    /// The job after its attempt failed: retried after a backoff, or dead when it had no attempts left.
    public func failed(_ error: String, now: Date, settings: JobSettings) -> JobEntry {
        var job = released(now: now)
        job.lastError = error
        if attempts >= maxAttempts {
            job.status = .dead
            job.finishedAt = now
        } else {
            job.status = .failed
            job.runAt = now.addingTimeInterval(settings.retryDelay(afterAttempt: attempts))
        }
        return job
    }

    /// The job handed back unfinished by a node that is shutting down: queued again at once, the attempt not counted.
    public func handedBack(now: Date) -> JobEntry {
        var job = released(now: now)
        job.status = .queued
        job.attempts = max(0, attempts - 1)
        job.runAt = now
        return job
    }

    /// The job queued again by hand with a fresh set of attempts (a failed, dead or cancelled one), or nil when it is
    /// queued, running or done.
    public func retried(now: Date) -> JobEntry? {
        guard status == .failed || status == .dead || status == .cancelled else { return nil }
        var job = released(now: now)
        job.status = .queued
        job.attempts = 0
        job.runAt = now
        job.finishedAt = nil
        return job
    }

    /// The job cancelled by hand, or nil when it already ended. A running attempt loses its lease and cannot commit.
    public func cancelled(now: Date) -> JobEntry? {
        guard status.isPending else { return nil }
        var job = released(now: now)
        job.status = .cancelled
        job.finishedAt = now
        return job
    }

    private func released(now: Date) -> JobEntry {
        var job = self
        job.leaseOwner = nil
        job.leaseExpiresAt = nil
        job.updatedAt = now
        return job
    }
}
