import CairnCore
import CairnStore
import Foundation
import Logging
import ServiceLifecycle

/// Runs due jobs on this node: a lifecycle service of `cairn serve`. Each pass enqueues the schedules' due
/// occurrences, claims as many due jobs as it has free workers (or jobs whose lease ran out on a node that stopped)
/// and runs each with its lease renewed, until the service group shuts down; then unfinished jobs are handed back.
public struct JobRunner: Service {
    let environment: ServiceEnvironment
    let kinds: JobKinds
    let schedules: [JobSchedule]
    /// Leases, polls and backoffs.
    public let settings: JobSettings
    /// This node's name in leases (`host-pid-random`).
    public let node: String
    let store = JobStore()
    let scheduleStore = JobScheduleStore()

    init(environment: ServiceEnvironment, kinds: JobKinds, schedules: [JobSchedule], settings: JobSettings, node: String?) {
        self.environment = environment
        self.kinds = kinds
        self.schedules = schedules
        self.settings = settings
        self.node = node ?? Self.nodeName()
    }

    /// Runs until the service group shuts down; never ends on its own (a failing database is logged and tried
    /// again at the next poll), since a service that returns would stop the whole server.
    public func run() async throws {
        environment.logger.info("job runner \(node): \(settings.workers) workers, kinds \(kinds.names.joined(separator: ", "))")
        await cancelWhenGracefulShutdown { await loop() }
    }

    /// Runs every job that is due now, on this task, until none is left (the CLI and tests; `serve` uses `run`).
    public func runDue() async throws {
        try await registerSchedules()
        _ = try await enqueueDueSchedules()
        while true {
            let claimed = try await claim(limit: settings.workers)
            if claimed.isEmpty { return }
            await withTaskGroup(of: Void.self) { group in
                for job in claimed { group.addTask { await execute(job) } }
            }
        }
    }

    /// Runs one job on this task now if it is claimable (the CLI runs the scan it started this way) and returns it as
    /// it ended, or as it stands when another node holds it.
    public func runNow(_ id: String) async throws -> JobEntry? {
        let now = environment.clock.now()
        let claimed = try await environment.storage.write { [self] session -> JobEntry? in
            guard let job = try await store.find(id, locking: true, in: session), job.isClaimable(at: now) else {
                return nil
            }
            return try await take(job, now: now, in: session)
        }
        if let claimed { await execute(claimed) }
        return try await environment.storage.read { [store] session in try await store.find(id, in: session) }
    }

    private enum Event { case tick, finished }

    /// Claims whenever a worker is free and something is due: after each finished job, each poll and each wake-up.
    private func loop() async {
        await withTaskGroup(of: Event.self) { group in
            var running = 0
            var isWaiting = false
            var schedulesRegistered = false
            group.addTask { .tick }
            while let event = await group.next() {
                switch event {
                case .tick: isWaiting = false
                case .finished: running -= 1
                }
                if Task.isCancelled { continue }
                if !schedulesRegistered {
                    schedulesRegistered = await logFailure("registering schedules") { try await registerSchedules() } != nil
                }
                if event == .tick { await logFailure("enqueueing scheduled jobs") { _ = try await enqueueDueSchedules() } }
                let free = settings.workers - running
                if free > 0, let claimed = await logFailure("claiming jobs", { try await claim(limit: free) }) {
                    for job in claimed {
                        running += 1
                        group.addTask {
                            await execute(job)
                            return .finished
                        }
                    }
                }
                if !isWaiting {
                    isWaiting = true
                    group.addTask {
                        await environment.jobSignal.wait(upTo: settings.pollSeconds)
                        return .tick
                    }
                }
            }
        }
    }

    /// Claims up to `limit` due jobs for this node in one transaction. A job whose lease ran out on its last attempt
    /// is marked dead instead (its kind hears it), not run again.
    func claim(limit: Int) async throws -> [JobEntry] {
        let now = environment.clock.now()
        return try await environment.storage.write { [self] session in
            var claimed: [JobEntry] = []
            for job in try await store.claimable(kinds: kinds.names, now: now, limit: limit, in: session) {
                if let running = try await take(job, now: now, in: session) { claimed.append(running) }
            }
            return claimed
        }
    }

    /// Claims one claimable job for this node: running under a new lease, or nil when it is dead instead.
    private func take(_ job: JobEntry, now: Date, in session: StoreSession) async throws -> JobEntry? {
        let next = job.claimed(by: node, now: now, settings: settings)
        try await store.save(next, in: session)
        guard next.status != .running else { return next }
        environment.logger.error("job \(job.id) (\(job.kind)) is dead: \(next.lastError ?? "")")
        try await kinds.kind(named: job.kind)?.stopped(next, in: session)
        return nil
    }

    /// Stores this node's schedules (keeping the next occurrence of those another node stored already).
    private func registerSchedules() async throws {
        guard !schedules.isEmpty else { return }
        let now = environment.clock.now()
        try await environment.storage.write { [schedules, scheduleStore] session in
            for schedule in schedules {
                try await scheduleStore.register(schedule, firstRun: schedule.occurrence(after: now), now: now, in: session)
            }
        }
    }

    /// Enqueues one job per due occurrence of every schedule. A schedule row is locked by the node that enqueues it
    /// (others skip it), and each occurrence's job has a unique key, so racing nodes never make two.
    func enqueueDueSchedules() async throws -> Int {
        let now = environment.clock.now()
        return try await environment.storage.write { [self] session in
            var enqueued = 0
            for (schedule, next) in try await scheduleStore.due(now: now, in: session) {
                let (occurrences, following) = schedule.due(from: next, until: now, limit: settings.catchUpLimit)
                for occurrence in occurrences {
                    let request = JobRequest(
                        kind: schedule.kind, payload: schedule.payload, runAt: occurrence,
                        uniqueKey: schedule.uniqueKey(for: occurrence))
                    if try await store.insert(JobEntry(id: environment.ids.next(), request: request, now: now), in: session) {
                        enqueued += 1
                    }
                }
                try await scheduleStore.advance(schedule.name, to: following, now: now, in: session)
            }
            return enqueued
        }
    }

    private func logFailure<T>(_ what: String, _ body: () async throws -> T) async -> T? {
        do {
            return try await body()
        } catch {
            environment.logger.error("job runner \(node): \(what) failed: \(error)")
            return nil
        }
    }

    private static func nodeName() -> String {
        let host = ProcessInfo.processInfo.hostName.split(separator: ".").first.map(String.init) ?? "node"
        let random = String(UInt32.random(in: 0...UInt32.max), radix: 16)
        return "\(host)-\(ProcessInfo.processInfo.processIdentifier)-\(random)"
    }
}
