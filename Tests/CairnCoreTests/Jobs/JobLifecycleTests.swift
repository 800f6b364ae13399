import CairnCore
import Foundation
import Testing

struct JobLifecycleTests {
    let now = Date(timeIntervalSince1970: 1_795_424_400)  // 2026-11-23 09:00:00 UTC
    let settings = JobSettings(leaseSeconds: 30, retryBaseSeconds: 10, retryMaxSeconds: 60)

    func job(maxAttempts: Int = 3) -> JobEntry {
        JobEntry(id: "j1", request: JobRequest(kind: "k", maxAttempts: maxAttempts), now: now)
    }

    @Test func aClaimLeasesTheJobForOneAttempt() {
        let claimed = job().claimed(by: "a", now: now, settings: settings)
        #expect(claimed.status == .running && claimed.attempts == 1 && claimed.leaseOwner == "a")
        #expect(claimed.leaseExpiresAt == now.addingTimeInterval(30))
        #expect(!claimed.isClaimable(at: now.addingTimeInterval(29.999)))
        #expect(claimed.isClaimable(at: now.addingTimeInterval(30)))
        let takenOver = claimed.claimed(by: "b", now: now.addingTimeInterval(30), settings: settings)
        #expect(takenOver.attempts == 2 && takenOver.leaseOwner == "b" && takenOver.startedAt == now)
        #expect(takenOver.lastError?.contains("lease expired") == true)
    }

    @Test func failuresBackOffDoublingUpToTheCapThenDie() {
        #expect([1, 2, 3, 4, 5].map(settings.retryDelay(afterAttempt:)) == [10, 20, 40, 60, 60])
        var current = job()
        var waits: [TimeInterval] = []
        for _ in 0..<2 {
            current = current.claimed(by: "a", now: now, settings: settings).failed("boom", now: now, settings: settings)
            #expect(current.status == .failed && current.leaseOwner == nil && current.lastError == "boom")
            waits.append(current.runAt.timeIntervalSince(now))
        }
        #expect(waits == [10, 20])
        let dead = current.claimed(by: "a", now: now, settings: settings).failed("boom", now: now, settings: settings)
        #expect(dead.status == .dead && dead.finishedAt == now && !dead.isClaimable(at: .distantFuture))
    }

    @Test func aLeaseThatRunsOutOnTheLastAttemptKillsTheJob() {
        let claimed = job(maxAttempts: 1).claimed(by: "a", now: now, settings: settings)
        let later = now.addingTimeInterval(31)
        let dead = claimed.claimed(by: "b", now: later, settings: settings)
        #expect(dead.status == .dead && dead.attempts == 1 && dead.leaseOwner == nil && dead.finishedAt == later)
    }

    @Test func handChangesApplyOnlyWhereTheyMakeSense() {
        let running = job().claimed(by: "a", now: now, settings: settings)
        #expect(running.retried(now: now) == nil)
        let cancelled = running.cancelled(now: now)
        #expect(cancelled?.status == .cancelled && cancelled?.leaseOwner == nil)
        #expect(cancelled?.cancelled(now: now) == nil)
        let retried = cancelled?.retried(now: now.addingTimeInterval(5))
        #expect(retried?.status == .queued && retried?.attempts == 0 && retried?.runAt == now.addingTimeInterval(5))
        let done = running.finished(result: "ok", now: now)
        #expect(done.retried(now: now) == nil && done.cancelled(now: now) == nil && done.result == "ok")
        let handedBack = running.handedBack(now: now)
        #expect(handedBack.status == .queued && handedBack.attempts == 0 && handedBack.isClaimable(at: now))
    }

    @Test func scheduleOccurrencesAreMultiplesOfTheIntervalAndCappedOnCatchUp() {
        let schedule = JobSchedule(name: "s", kind: "k", everySeconds: 60)
        let first = schedule.occurrence(after: now)
        #expect(first == now.addingTimeInterval(60))
        #expect(schedule.occurrence(after: now.addingTimeInterval(59.5)) == first)
        let hourLater = now.addingTimeInterval(3_600)
        let (due, following) = schedule.due(from: first, until: hourLater, limit: 1_000)
        #expect(due.count == 60 && due.first == first && due.last == hourLater)
        #expect(following == hourLater.addingTimeInterval(60))
        let capped = schedule.due(from: first, until: hourLater, limit: 5)
        #expect(capped.occurrences == Array(due.suffix(5)) && capped.following == following)
        #expect(schedule.due(from: first, until: now, limit: 5).occurrences.isEmpty)
        var upkeep = schedule
        upkeep.runsMissed = false
        #expect(upkeep.due(from: first, until: hourLater, limit: 1_000) == ([hourLater], following))
        #expect(schedule.uniqueKey(for: first) == "schedule:s:1795424460000")
    }
}
