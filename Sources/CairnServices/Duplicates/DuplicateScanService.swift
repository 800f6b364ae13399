import CairnCore
import CairnMatching
import CairnStore
import Foundation

/// Batch scans of the accounts for duplicates: started by a user with the review right and run as a job
/// (`DuplicateScanJob`), so a scan survives a restart and runs on one node; its progress is stored on the scan (the
/// admin page and the API show it) and its clusters reviewed afterwards.
public struct DuplicateScanService: Sendable {
    let accounts: RecordService<AccountFields>
    private let store = DuplicateScanStore()
    private let jobStore = JobStore()
    private var environment: ServiceEnvironment { accounts.environment }
    private static let entity = RecordKind.account.rawValue

    /// Stores a new scan and enqueues its job in one transaction, or returns the scan already running.
    public func start(by actor: Actor) async throws -> DuplicateScanEntry {
        try actor.require(.reviewDuplicates)
        let now = environment.clock.now()
        let scanId = environment.ids.next()
        let request = try JobRequest(kind: DuplicateScanJob.name, payload: DuplicateScanJob.Payload(scanId: scanId))
        let (scan, isNew) = try await environment.storage.write { [store, jobStore, environment] session in
            if var latest = try await store.latest(entity: Self.entity, in: session), latest.status == .running {
                let job = try await latest.jobId.asyncMap { try await jobStore.find($0, in: session) } ?? nil
                if job?.status.isPending == true { return (latest, false) }
                // Its job ended without finishing it (a scan from before jobs, or a failed hook): it is not running.
                latest.status = .failed
                latest.failure = "interrupted"
                latest.finishedAt = now
                try await store.update(latest, in: session)
            }
            let job = try await environment.enqueue(request, in: session)
            let scan = DuplicateScanEntry(
                id: scanId, entity: Self.entity, startedAt: now, startedBy: actor.userId, jobId: job?.id)
            try await store.insert(scan, in: session)
            return (scan, true)
        }
        if isNew { environment.jobSignal.wake() }
        return scan
    }

    /// The scan with an id, or the latest one when nil.
    public func scan(_ id: String?, by actor: Actor) async throws -> DuplicateScanEntry? {
        try actor.require(.reviewDuplicates)
        return try await environment.storage.read { [store] session in
            if let id { return try await store.find(id, in: session) }
            return try await store.latest(entity: Self.entity, in: session)
        }
    }

    /// One attempt of a scan's job: reads and prepares every live account, scores and clusters them off the
    /// cooperative threads, storing progress as it goes; the clusters and the scan's outcome are the effect, written
    /// with the job's completion. A scan whose job is retried by hand after it failed runs again from the start.
    func perform(scanId: String, job: RunningJob) async throws -> JobEffect {
        guard let stored = try await environment.storage.read({ [store] in try await store.find(scanId, in: $0) }) else {
            return .result("scan \(scanId) no longer exists")
        }
        guard stored.status != .done else { return .result("scan \(scanId) is done") }
        var fresh = DuplicateScanEntry(
            id: stored.id, entity: stored.entity, startedAt: stored.startedAt, startedBy: stored.startedBy,
            jobId: stored.jobId)
        fresh.phase = "reading"
        try await environment.storage.write { [store, fresh] session in try await store.update(fresh, in: session) }
        let tracker = ScanTracker(fresh)
        let save: @Sendable () async -> Void = { [store, environment] in
            let scan = tracker.current
            job.report(done: scan.done, total: scan.total)
            try? await environment.storage.write { session in try await store.updateProgress(scan, in: session) }
        }
        let records = try await readRecords(tracker: tracker, save: save)
        let rules = try accounts.requireProfile().rules
        let result = try await OffCooperativeThreads.run(savingEvery: .milliseconds(500), save) {
            DuplicateScan(rules: rules).run(records) { tracker.record($0) }
        }
        let pairs = Self.pairs(result, records: records)
        let now = environment.clock.now()
        tracker.update {
            $0.status = .done
            $0.phase = "done"
            $0.clusters = result.clusters.count
            $0.comparedPairs = result.comparedPairs
            $0.finishedAt = now
        }
        let finished = tracker.current
        return JobEffect { [store] session in
            try await store.deletePairs(scanId: scanId, in: session)
            try await store.insert(pairs: pairs, scanId: scanId, in: session)
            try await store.update(finished, in: session)
            return #"{"clusters":\#(finished.clusters),"records":\#(finished.records)}"#
        }
    }

    /// Marks a scan whose job ended unfinished (dead or cancelled) as failed, in that transaction.
    func stopped(scanId: String, job: JobEntry, in session: StoreSession) async throws {
        guard var scan = try await store.find(scanId, in: session), scan.status == .running else { return }
        scan.status = .failed
        scan.failure = job.status == .cancelled ? "cancelled" : (job.lastError ?? "failed")
        scan.finishedAt = job.finishedAt ?? job.updatedAt
        try await store.update(scan, in: session)
    }

    /// Every live account as a prepared record, read in pages (progress after each).
    private func readRecords(tracker: ScanTracker, save: @Sendable () async -> Void) async throws -> [MatchRecord] {
        let total = try await environment.storage.read { session in try await accounts.store.count(in: session) }
        tracker.update { $0.total = total }
        let profile = try accounts.requireProfile()
        var records: [MatchRecord] = []
        records.reserveCapacity(total)
        var after: String?
        while true {
            try Task.checkCancellation()
            let start = after
            let page = try await environment.storage.read { session in
                try await accounts.store.page(after: start, limit: 5_000, in: session)
            }
            guard let last = page.last else { break }
            let rows = page.map { record in profile.row(record.fields).merging(["id": record.id]) { first, _ in first } }
            // Reasons are worked out again from the current records when a cluster is reviewed.
            records += MatchRecord.prepare(rows, rules: profile.rules, keepingRaw: false)
            after = last.id
            tracker.update {
                $0.done = records.count
                $0.records = records.count
            }
            await save()
        }
        return records
    }

    /// The matches as pairs numbered by cluster (1 is the largest).
    static func pairs(_ result: DuplicateScan.Result, records: [MatchRecord]) -> [DuplicatePairEntry] {
        var clusterOf: [Int: Int] = [:]
        for (number, cluster) in result.clusters.enumerated() {
            for member in cluster { clusterOf[member] = number + 1 }
        }
        return result.matches.compactMap { match in
            clusterOf[match.left].map {
                DuplicatePairEntry(
                    cluster: $0, leftId: records[match.left].id, rightId: records[match.right].id, score: match.score.score)
            }
        }
    }
}
