import CairnCore
import CairnStore
import CairnTestSupport
import Foundation
import Testing

@testable import CairnServices

/// The runner on both databases, driven step by step: claims, leases, takeovers, retries, schedules and hand-backs.
struct JobRunnerTests {
    static let settings = JobSettings(leaseSeconds: 30, pollSeconds: 0.05, retryBaseSeconds: 10, workers: 4)

    func withJobs<T: Sendable>(
        _ database: TestDatabase, clock: TestClock = TestClock(), schedules: [JobSchedule] = TestJobs.schedules,
        _ body: (Services) async throws -> T
    ) async throws -> T {
        try await database.withServices(clock: clock, jobKinds: TestJobs.kinds, jobSchedules: schedules) {
            services in
            try await TestJobs.prepare(services)
            return try await body(services)
        }
    }

    func enqueue(_ services: Services, _ payload: TestJobs.Payload = .init(), maxAttempts: Int = 5) async throws -> JobEntry {
        try #require(
            try await services.jobs.enqueue(
                try JobRequest(kind: TestJobs.writeRowKind, payload: payload, maxAttempts: maxAttempts)))
    }

    @Test(arguments: TestDatabase.all)
    func aJobRunsOnceAndItsEffectCommitsWithItsCompletion(database: TestDatabase) async throws {
        try await withJobs(database) { services in
            let jobs = [try await enqueue(services), try await enqueue(services)]
            // A kind this node does not know (a newer node's) is left for a node that does.
            let foreign = try #require(try await services.jobs.enqueue(JobRequest(kind: "newer.kind")))
            let runner = services.jobRunner(settings: Self.settings, node: "a")
            try await runner.runDue()
            try await runner.runDue()
            #expect(try await services.jobs.job(foreign.id, by: .system).status == .queued)
            #expect(try await TestJobs.runsPerJob(services) == [jobs[0].id: 1, jobs[1].id: 1])
            let done = try await services.jobs.job(jobs[0].id, by: .system)
            #expect(done.status == .done && done.attempts == 1 && done.leaseOwner == nil && done.finishedAt != nil)
            #expect(try await services.jobs.statistics().count(.done) == 2)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aFailedAttemptIsRetriedAfterItsBackoffAndTheLastOneKillsTheJob(database: TestDatabase) async throws {
        let clock = TestClock()
        try await withJobs(database, clock: clock) { services in
            let job = try await enqueue(services, .init(fail: true), maxAttempts: 2)
            let runner = services.jobRunner(settings: Self.settings, node: "a")
            try await runner.runDue()
            var stored = try await services.jobs.job(job.id, by: .system)
            #expect(stored.status == .failed && stored.attempts == 1)
            #expect(stored.lastError == "the test job was told to fail")
            #expect(stored.runAt == clock.now().addingTimeInterval(10))
            try await runner.runDue()
            #expect(try await services.jobs.job(job.id, by: .system).attempts == 1)
            clock.advance(by: 10)
            try await runner.runDue()
            stored = try await services.jobs.job(job.id, by: .system)
            #expect(stored.status == .dead && stored.attempts == 2)
            #expect(try await services.jobs.statistics().count(.dead) == 1)
            #expect(try await TestJobs.runsPerJob(services).isEmpty)

            await #expect(throws: ServiceError.forbidden) {
                try await services.jobs.retry(job.id, by: Actor(userId: "rep", teamId: nil, role: Role.named("sales")!))
            }
            let retried = try await services.jobs.retry(job.id, by: .system)
            #expect(retried.status == .queued && retried.attempts == 0)
            await #expect(throws: ServiceError.self) { try await services.jobs.retry(job.id, by: .system) }
        }
    }

    @Test(arguments: TestDatabase.all)
    func anExpiredLeaseIsTakenOverAndTheStaleAttemptCommitsNothing(database: TestDatabase) async throws {
        let clock = TestClock()
        try await withJobs(database, clock: clock) { services in
            let job = try await enqueue(services)
            let first = services.jobRunner(settings: Self.settings, node: "a")
            let second = services.jobRunner(settings: Self.settings, node: "b")
            let claimedByFirst = try #require(try await first.claim(limit: 4).first)
            #expect(try await second.claim(limit: 4).isEmpty)
            // The first node stops answering; its lease runs out and the second takes the job over.
            clock.advance(by: 30)
            let claimedBySecond = try #require(try await second.claim(limit: 4).first)
            #expect(claimedBySecond.id == job.id && claimedBySecond.attempts == 2 && claimedBySecond.leaseOwner == "b")
            await first.execute(claimedByFirst)
            #expect(try await TestJobs.runsPerJob(services).isEmpty)
            await second.execute(claimedBySecond)
            #expect(try await TestJobs.runsPerJob(services) == [job.id: 1])
            let stored = try await services.jobs.job(job.id, by: .system)
            #expect(stored.status == .done && stored.attempts == 2)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aCancelledJobCommitsNothingAndALeaseLostOnTheLastAttemptKillsIt(database: TestDatabase) async throws {
        let clock = TestClock()
        try await withJobs(database, clock: clock) { services in
            let cancelled = try await enqueue(services)
            let runner = services.jobRunner(settings: Self.settings, node: "a")
            let claimed = try #require(try await runner.claim(limit: 1).first)
            _ = try await services.jobs.cancel(cancelled.id, by: .system)
            await runner.execute(claimed)
            #expect(try await services.jobs.job(cancelled.id, by: .system).status == .cancelled)
            #expect(try await TestJobs.runsPerJob(services).isEmpty)

            let lastChance = try await enqueue(services, maxAttempts: 1)
            _ = try await runner.claim(limit: 1)
            clock.advance(by: 31)
            #expect(try await services.jobRunner(settings: Self.settings, node: "b").claim(limit: 1).isEmpty)
            let dead = try await services.jobs.job(lastChance.id, by: .system)
            #expect(dead.status == .dead && dead.lastError?.contains("lease expired") == true)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aScheduleRunsOncePerOccurrenceHoweverManyNodesLookAtIt(database: TestDatabase) async throws {
        let clock = TestClock()
        try await withJobs(database, clock: clock) { services in
            let nodes = ["a", "b", "c"].map { services.jobRunner(settings: Self.settings, node: $0) }
            try await nodes[0].runDue()
            #expect(try await TestJobs.runsPerJob(services).isEmpty)
            clock.advance(by: 3_600)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for node in nodes { group.addTask { try await node.runDue() } }
                try await group.waitForAll()
            }
            let runs = try await TestJobs.runsPerJob(services)
            #expect(runs.count == 60 && runs.values.allSatisfy { $0 == 1 })
            clock.advance(by: 59)
            try await nodes[1].runDue()
            #expect(try await TestJobs.runsPerJob(services).count == 60)
            clock.advance(by: 1)
            try await nodes[2].runDue()
            #expect(try await TestJobs.runsPerJob(services).count == 61)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aNodeThatShutsDownHandsItsJobBack(database: TestDatabase) async throws {
        try await withJobs(database) { services in
            let job = try await enqueue(services, .init(workMilliseconds: 60_000))
            let runner = services.jobRunner(settings: Self.settings, node: "a")
            let claimed = try #require(try await runner.claim(limit: 1).first)
            await withTaskGroup(of: Void.self) { group in
                group.addTask { await runner.execute(claimed) }
                try? await Task.sleep(for: .milliseconds(100))
                group.cancelAll()
            }
            let stored = try await services.jobs.job(job.id, by: .system)
            #expect(stored.status == .queued && stored.attempts == 0 && stored.leaseOwner == nil)
        }
    }

    @Test(arguments: TestDatabase.all)
    func theRunnerServiceRunsWhatIsEnqueuedAndStopsWhenCancelled(database: TestDatabase) async throws {
        try await withJobs(database) { services in
            let runner = services.jobRunner(settings: Self.settings, node: "a")
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await runner.run() }
                let jobs = [try await enqueue(services), try await enqueue(services), try await enqueue(services)]
                var runs: [String: Int] = [:]
                for _ in 0..<200 where runs.count < jobs.count {
                    try await Task.sleep(for: .milliseconds(25))
                    runs = try await TestJobs.runsPerJob(services)
                }
                #expect(runs == Dictionary(uniqueKeysWithValues: jobs.map { ($0.id, 1) }))
                group.cancelAll()
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func aScanWhoseNodeStoppedMidwayFinishesOnAnother(database: TestDatabase) async throws {
        let clock = TestClock()
        try await withJobs(database, clock: clock) { services in
            let f = try await Fixtures.make(services)
            for (name, phone) in [("北京某某科技有限公司", "010 6552 1234"), ("某某科技（北京）", "(010) 6552-1234")] {
                _ = try await services.accounts.createChecked(
                    AccountFields(name: name, phone: phone, status: .active), ownerId: f.eastRep.userId, by: f.admin,
                    duplicates: .override)
            }
            let scan = try await services.duplicateScans.start(by: f.admin)
            _ = try await services.jobRunner(settings: Self.settings, node: "stopped").claim(limit: 1)
            try await services.jobRunner(settings: Self.settings, node: "b").runDue()
            #expect(try await services.duplicateScans.scan(scan.id, by: f.admin)?.status == .running)
            clock.advance(by: 30)
            try await services.jobRunner(settings: Self.settings, node: "b").runDue()
            let finished = try #require(try await services.duplicateScans.scan(scan.id, by: f.admin))
            #expect(finished.status == .done && finished.records == 2 && finished.clusters == 1)
            #expect(try await services.jobs.job(try #require(scan.jobId), by: f.admin).attempts == 2)
            #expect(try await services.duplicateScans.clusters(scanId: scan.id, page: 0, by: f.admin).count == 1)

            // A cancelled scan's job marks the scan failed, and a new one can start.
            let next = try await services.duplicateScans.start(by: f.admin)
            _ = try await services.jobs.cancel(try #require(next.jobId), by: f.admin)
            let stopped = try await services.duplicateScans.scan(next.id, by: f.admin)
            #expect(stopped?.status == .failed && stopped?.failure == "cancelled")
            #expect(try await services.duplicateScans.start(by: f.admin).id != next.id)
        }
    }
}

extension JobRunnerTests {
    @Test(arguments: TestDatabase.all)
    func endedJobsArePurgedAfterThirtyDaysAndDeadOnesStay(database: TestDatabase) async throws {
        let clock = TestClock()
        try await withJobs(database, clock: clock, schedules: []) { services in
            let done = try await enqueue(services)
            let dead = try await enqueue(services, .init(fail: true), maxAttempts: 1)
            let runner = services.jobRunner(settings: Self.settings, node: "a")
            try await runner.runDue()
            clock.advance(by: 29 * 86_400)
            try await runner.runDue()
            #expect(try await services.jobs.job(done.id, by: .system).status == .done)
            clock.advance(by: 2 * 86_400)
            try await runner.runDue()
            await #expect(throws: ServiceError.notFound(nil)) { try await services.jobs.job(done.id, by: .system) }
            #expect(try await services.jobs.job(dead.id, by: .system).status == .dead)
            let purges = try await services.jobs.list([.done], by: .system).filter { $0.kind == "jobs.purge" }
            // Upkeep runs once when it was missed, not once per missed day.
            #expect(purges.count == 2)
            #expect(purges.allSatisfy { $0.result?.hasPrefix(#"{"deleted":"#) == true })
        }
    }
}
