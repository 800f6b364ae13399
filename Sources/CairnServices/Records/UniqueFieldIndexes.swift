import CairnCore
import CairnStore
import Foundation

/// Puts the partial unique index of every unique field (`FieldFlags.unique`) in the database once no two live records
/// share a value. A database that already holds such records (made before the rule) keeps working: the records are
/// reported and held for the duplicate review — added as clusters to the latest finished scan, or to a new one — and
/// the index applies at the first run after the last of them is merged or deleted. Runs at start and as a job every
/// five minutes (`UniqueFieldIndexJob`); until the index exists, the writer (`UnitOfWork`) holds the rule for every
/// write anyway.
struct UniqueFieldIndexes: Sendable {
    let environment: ServiceEnvironment
    private let indexes = UniqueIndexStore()
    private let scans = DuplicateScanStore()

    /// Creates the indexes that can be created; returns how many groups of records still share a value.
    @discardableResult
    func ensure() async throws -> Int {
        var waiting = 0
        for registration in RecordKinds.all {
            let (table, columns) = registration.uniqueColumns
            for column in columns {
                let groups = try await environment.storage.write { [indexes] session -> [[String]] in
                    if try await indexes.exists(table: table, column: column, in: session) { return [] }
                    let groups = try await indexes.sharedValues(table: table, column: column, in: session)
                    if groups.isEmpty {
                        try await indexes.create(table: table, column: column, in: session)
                    } else {
                        try await hold(groups, entity: registration.kind.rawValue, in: session)
                    }
                    return groups
                }
                if !groups.isEmpty {
                    environment.logger.warning(
                        "\(groups.count) groups of live \(table) share a \(column) (\(groups.prefix(3).map { $0.joined(separator: "=") }.joined(separator: "; "))…): held for the duplicate review; the unique index applies once they are merged or deleted"
                    )
                }
                waiting += groups.count
            }
        }
        return waiting
    }

    /// Adds the groups the latest finished scan does not hold yet to it as clusters (a new finished scan when there
    /// is none), so the review shows them.
    private func hold(_ groups: [[String]], entity: String, in session: StoreSession) async throws {
        let now = environment.clock.now()
        var scan: DuplicateScanEntry
        if let latest = try await scans.latest(entity: entity, in: session), latest.status == .done {
            scan = latest
        } else {
            scan = DuplicateScanEntry(id: environment.ids.next(), entity: entity, startedAt: now, startedBy: "system")
            scan.status = .done
            scan.phase = "done"
            scan.finishedAt = now
            try await scans.insert(scan, in: session)
        }
        let held = try await scans.pairs(scanId: scan.id, clusters: 1..<Int.max, in: session)
        let heldPairs = Set(held.map { [$0.leftId, $0.rightId].sorted() })
        var cluster = max(scan.clusters, held.map(\.cluster).max() ?? 0)
        var added: [DuplicatePairEntry] = []
        for group in groups {
            let pairs = group.dropFirst().map { [group[0], $0].sorted() }
            guard !pairs.allSatisfy(heldPairs.contains) else { continue }
            cluster += 1
            added += pairs.map { DuplicatePairEntry(cluster: cluster, leftId: $0[0], rightId: $0[1], score: 1) }
        }
        guard !added.isEmpty else { return }
        try await scans.insert(pairs: added, scanId: scan.id, in: session)
        scan.clusters = cluster
        try await scans.update(scan, in: session)
    }
}

/// The job that runs `UniqueFieldIndexes.ensure` every five minutes.
struct UniqueFieldIndexJob: JobKind {
    static let name = "records.unique-indexes"
    static let schedule = JobSchedule(name: name, kind: name, everySeconds: 300, runsMissed: false)

    let indexes: UniqueFieldIndexes
    var name: String { Self.name }

    func perform(_ job: RunningJob) async throws -> JobEffect {
        let waiting = try await indexes.ensure()
        return .result(#"{"sharedGroups":\#(waiting)}"#)
    }
}
