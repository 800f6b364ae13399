import CairnCore
import Foundation
import SQLKit

/// Batch scans and their findings.
public struct DuplicateScanStore: Sendable {
    /// Creates the store.
    public init() {}

    /// Stores a new scan.
    public func insert(_ scan: DuplicateScanEntry, in session: StoreSession) async throws {
        try await session.sql.insert(into: "duplicate_scans")
            .columns(
                "id", "entity", "status", "phase", "done", "total", "records", "compared_pairs", "clusters", "started_at",
                "started_by", "job_id"
            )
            .values(
                SQLBind(scan.id), SQLBind(scan.entity), SQLBind(scan.status.rawValue), SQLBind(scan.phase),
                SQLBind(scan.done), SQLBind(scan.total), SQLBind(scan.records), SQLBind(scan.comparedPairs),
                SQLBind(scan.clusters), SQLBind(scan.startedAt.stored), SQLBind(scan.startedBy), SQLBind(scan.jobId)
            )
            .run()
    }

    /// Writes a scan's progress and outcome.
    public func update(_ scan: DuplicateScanEntry, in session: StoreSession) async throws {
        try await assignments(scan, to: session.sql.update("duplicate_scans")).where("id", .equal, scan.id).run()
    }

    /// Writes a running scan's progress; nothing when it has ended meanwhile (a late report of an abandoned attempt).
    public func updateProgress(_ scan: DuplicateScanEntry, in session: StoreSession) async throws {
        try await assignments(scan, to: session.sql.update("duplicate_scans")).where("id", .equal, scan.id)
            .where("status", .equal, DuplicateScanEntry.Status.running.rawValue).run()
    }

    /// Removes a scan's pairs (before an attempt stores them again).
    public func deletePairs(scanId: String, in session: StoreSession) async throws {
        try await session.sql.delete(from: "duplicate_pairs").where("scan_id", .equal, scanId).run()
    }

    private func assignments(_ scan: DuplicateScanEntry, to update: SQLUpdateBuilder) -> SQLUpdateBuilder {
        update
            .set("status", to: SQLBind(scan.status.rawValue)).set("phase", to: SQLBind(scan.phase))
            .set("done", to: SQLBind(scan.done)).set("total", to: SQLBind(scan.total))
            .set("records", to: SQLBind(scan.records)).set("compared_pairs", to: SQLBind(scan.comparedPairs))
            .set("clusters", to: SQLBind(scan.clusters)).set("finished_at", to: SQLBind(scan.finishedAt?.stored))
            .set("failure", to: SQLBind(scan.failure))
    }

    /// The scan with an id.
    public func find(_ id: String, in session: StoreSession) async throws -> DuplicateScanEntry? {
        try await session.sql.select().column("*").from("duplicate_scans").where("id", .equal, id).first()
            .map(Self.decode)
    }

    /// The latest scan of an entity.
    public func latest(entity: String, in session: StoreSession) async throws -> DuplicateScanEntry? {
        try await session.sql.select().column("*").from("duplicate_scans").where("entity", .equal, entity)
            .orderBy("started_at", .descending).orderBy("id", .descending).limit(1).first()
            .map(Self.decode)
    }

    /// Stores found pairs.
    public func insert(pairs: [DuplicatePairEntry], scanId: String, in session: StoreSession) async throws {
        for slice in pairs.chunked(by: 200) {
            let rows = slice.map {
                SQLQueryString(
                    "(\(bind: scanId), \(bind: $0.cluster), \(bind: $0.leftId), \(bind: $0.rightId), \(bind: $0.score))")
            }
            try await session.sql.raw(
                "INSERT INTO duplicate_pairs (scan_id, cluster, left_id, right_id, score) VALUES \(SQLList(rows))"
            ).run()
        }
    }

    /// The pairs of clusters `from..<from+count` (cluster numbers start at 1, largest clusters first).
    public func pairs(
        scanId: String, clusters range: Range<Int>, in session: StoreSession
    ) async throws
        -> [DuplicatePairEntry]
    {
        try await session.sql.select().column("*").from("duplicate_pairs")
            .where("scan_id", .equal, scanId)
            .where("cluster", .greaterThanOrEqual, range.lowerBound).where("cluster", .lessThan, range.upperBound)
            .orderBy("cluster").orderBy("score", .descending).orderBy("left_id")
            .all().map { row in
                DuplicatePairEntry(
                    cluster: try row.decode(column: "cluster", as: Int.self),
                    leftId: try row.decode(column: "left_id", as: String.self),
                    rightId: try row.decode(column: "right_id", as: String.self),
                    score: try row.decode(column: "score", as: Double.self))
            }
    }

    private static func decode(_ row: any SQLRow) throws -> DuplicateScanEntry {
        let reader = RowReader(row: row, table: "duplicate_scans")
        var scan = DuplicateScanEntry(
            id: try reader.string("id"), entity: try reader.string("entity"), startedAt: try reader.date("started_at"),
            startedBy: try reader.string("started_by"))
        scan.status = DuplicateScanEntry.Status(rawValue: try reader.string("status")) ?? .failed
        scan.phase = try reader.string("phase")
        scan.done = try reader.int("done")
        scan.total = try reader.int("total")
        scan.records = try reader.int("records")
        scan.comparedPairs = try reader.int("compared_pairs")
        scan.clusters = try reader.int("clusters")
        scan.finishedAt = try reader.optionalDate("finished_at")
        scan.failure = try reader.optionalString("failure")
        scan.jobId = try reader.optionalString("job_id")
        return scan
    }
}
