import CairnCore
import CairnMatching
import CairnStore
import Foundation

/// Batch scans of the accounts for duplicates: started by a user with the review right, run in the background with
/// their progress stored (so the admin page and the API can show it), clusters reviewed afterwards.
public struct DuplicateScanService: Sendable {
    let accounts: RecordService<AccountFields>
    private let store = DuplicateScanStore()
    private var environment: ServiceEnvironment { accounts.environment }
    private static let entity = RecordKind.account.rawValue

    /// Starts a scan in the background, or returns the one already running.
    public func start(by actor: Actor) async throws -> DuplicateScanEntry {
        let (scan, isNew) = try await begin(by: actor)
        if isNew { Task.detached { await run(scan) } }
        return scan
    }

    /// Stores a new running scan (or finds the running one) without running it: the CLI runs it and waits.
    public func begin(by actor: Actor) async throws -> (scan: DuplicateScanEntry, isNew: Bool) {
        try actor.require(.reviewDuplicates)
        let now = environment.clock.now()
        let id = environment.ids.next()
        return try await environment.storage.write { session in
            if let latest = try await store.latest(entity: Self.entity, in: session), latest.status == .running {
                return (latest, false)
            }
            let scan = DuplicateScanEntry(id: id, entity: Self.entity, startedAt: now, startedBy: actor.userId)
            try await store.insert(scan, in: session)
            return (scan, true)
        }
    }

    /// The scan with an id, or the latest one when nil.
    public func scan(_ id: String?, by actor: Actor) async throws -> DuplicateScanEntry? {
        try actor.require(.reviewDuplicates)
        return try await environment.storage.read { session in
            if let id { return try await store.find(id, in: session) }
            return try await store.latest(entity: Self.entity, in: session)
        }
    }

    /// Marks scans that were running when the process stopped as failed, so a new one can start.
    func failInterrupted() async throws {
        try await environment.storage.write { session in
            guard var latest = try await store.latest(entity: Self.entity, in: session), latest.status == .running else {
                return
            }
            latest.status = .failed
            latest.failure = "interrupted"
            try await store.update(latest, in: session)
        }
    }

    /// Runs a scan to its end, storing its progress as it goes; `report` hears every update (the CLI prints it).
    @discardableResult
    public func run(
        _ started: DuplicateScanEntry, report: @escaping @Sendable (DuplicateScanEntry) -> Void = { _ in }
    )
        async -> DuplicateScanEntry
    {
        let tracker = ScanTracker(started)
        let save: @Sendable () async -> Void = {
            let scan = tracker.current
            report(scan)
            try? await environment.storage.write { session in try await store.update(scan, in: session) }
        }
        do {
            let records = try await readRecords(tracker: tracker, save: save)
            let rules = try accounts.requireProfile().rules
            let result = try await runDetached(tracker: tracker, save: save) {
                DuplicateScan(rules: rules).run(records) { tracker.record($0) }
            }
            tracker.update { $0.phase = "saving" }
            await save()
            let pairs = Self.pairs(result, records: records)
            try await environment.storage.write { session in
                try await store.insert(pairs: pairs, scanId: started.id, in: session)
            }
            tracker.update {
                $0.status = .done
                $0.phase = "done"
                $0.clusters = result.clusters.count
                $0.comparedPairs = result.comparedPairs
                $0.finishedAt = environment.clock.now()
            }
        } catch {
            environment.logger.error("duplicate scan \(started.id) failed: \(error)")
            tracker.update {
                $0.status = .failed
                $0.failure = String(describing: error)
                $0.finishedAt = environment.clock.now()
            }
        }
        await save()
        return tracker.current
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

    /// Runs CPU-bound work off the cooperative threads, saving progress every half second until it ends.
    private func runDetached<T: Sendable>(
        tracker: ScanTracker, save: @Sendable () async -> Void, _ work: @escaping @Sendable () -> T
    ) async throws -> T {
        let finished = ScanResultBox<T>()
        DispatchQueue.global(qos: .utility).async { finished.set(work()) }
        while true {
            if let value = finished.value { return value }
            try await Task.sleep(for: .milliseconds(500))
            await save()
        }
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

/// A scan's state, changed from the scanning threads and read by the saver.
final class ScanTracker: @unchecked Sendable {
    private let lock = NSLock()
    private var scan: DuplicateScanEntry

    init(_ scan: DuplicateScanEntry) { self.scan = scan }

    var current: DuplicateScanEntry {
        lock.lock()
        defer { lock.unlock() }
        return scan
    }

    func update(_ change: (inout DuplicateScanEntry) -> Void) {
        lock.lock()
        change(&scan)
        lock.unlock()
    }

    /// Progress from the matching core, as phase and counts.
    func record(_ progress: DuplicateScan.Progress) {
        update { scan in
            switch progress {
            case .prepared(let records):
                scan.phase = "blocking"
                scan.records = records
                scan.done = 0
                scan.total = 0
            case .blocked(let pairs):
                scan.phase = "scoring"
                scan.done = 0
                scan.total = pairs
                scan.comparedPairs = pairs
            case .scored(let done, let total):
                scan.done = done
                scan.total = total
            case .clustered(let clusters):
                scan.clusters = clusters
            }
        }
    }
}

/// A value handed from a worker thread to the task waiting for it.
final class ScanResultBox<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: T?

    var value: T? {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }

    func set(_ value: T) {
        lock.lock()
        stored = value
        lock.unlock()
    }
}
