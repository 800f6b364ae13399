import CairnCore
import Foundation
import SQLKit

/// The `jobs` table. Claims lock what they take: `FOR UPDATE SKIP LOCKED` on PostgreSQL, so nodes claiming at the
/// same time take different jobs; SQLite has one writer, which serializes claims anyway.
public struct JobStore: Sendable {
    /// Creates the store.
    public init() {}

    /// Stores a new job; false when a job with its unique key already exists (nothing is written then).
    @discardableResult
    public func insert(_ job: JobEntry, in session: StoreSession) async throws -> Bool {
        let inserted = try await session.sql.raw(
            """
            INSERT INTO jobs (id, kind, payload, status, run_at, attempts, max_attempts, progress_done, progress_total,
                unique_key, created_at, updated_at)
            VALUES (\(bind: job.id), \(bind: job.kind), \(bind: job.payload), \(bind: job.status.rawValue),
                \(bind: job.runAt.stored), \(bind: job.attempts), \(bind: job.maxAttempts), 0, 0, \(bind: job.uniqueKey),
                \(bind: job.createdAt.stored), \(bind: job.updatedAt.stored))
            ON CONFLICT (unique_key) DO NOTHING
            RETURNING id
            """
        ).all()
        return !inserted.isEmpty
    }

    /// Jobs of the given kinds a node may claim now (due and waiting, or running under an expired lease), oldest
    /// first, locked until the transaction ends and skipped by other nodes' claims. A node claims only kinds it can
    /// run, so nodes of different versions can share one queue.
    public func claimable(kinds: [String], now: Date, limit: Int, in session: StoreSession) async throws -> [JobEntry] {
        guard !kinds.isEmpty else { return [] }
        let lock = session.dialect == .postgres ? " FOR UPDATE SKIP LOCKED" : ""
        return try await session.sql.raw(
            """
            SELECT * FROM jobs
            WHERE ((status IN ('queued', 'failed') AND run_at <= \(bind: now.stored))
                OR (status = 'running' AND lease_expires_at <= \(bind: now.stored)))
              AND kind IN (\(binds: kinds))
            ORDER BY run_at, id LIMIT \(bind: limit)\(unsafeRaw: lock)
            """
        ).all().map(Self.decode)
    }

    /// The job with an id; `locking` holds it until the transaction ends (PostgreSQL), so a hand change and a
    /// node's claim do not cross.
    public func find(_ id: String, locking: Bool = false, in session: StoreSession) async throws -> JobEntry? {
        let lock = locking && session.dialect == .postgres ? " FOR UPDATE" : ""
        return try await session.sql.raw("SELECT * FROM jobs WHERE id = \(bind: id)\(unsafeRaw: lock)").first()
            .map(Self.decode)
    }

    /// Writes a job's state.
    public func save(_ job: JobEntry, in session: StoreSession) async throws {
        try await assignments(job, to: session.sql.update("jobs")).where("id", .equal, job.id).run()
    }

    /// Writes a job's state only if `attempt` still holds it (running, leased by `owner`, same attempt number):
    /// false when the lease was lost (taken over, cancelled) — then the caller must not commit anything.
    public func save(_ job: JobEntry, ifHeldBy owner: String, attempt: Int, in session: StoreSession) async throws -> Bool {
        let rows = try await assignments(job, to: session.sql.update("jobs")).where("id", .equal, job.id)
            .where("status", .equal, JobEntry.Status.running.rawValue).where("lease_owner", .equal, owner)
            .where("attempts", .equal, attempt).returning("id").all()
        return !rows.isEmpty
    }

    /// Extends a lease and records progress; false when the attempt no longer holds the job.
    public func renew(
        _ id: String, owner: String, attempt: Int, until expiry: Date, progress: (done: Int, total: Int)?, now: Date,
        in session: StoreSession
    ) async throws -> Bool {
        var update = session.sql.update("jobs").set("lease_expires_at", to: SQLBind(expiry.stored))
            .set("updated_at", to: SQLBind(now.stored))
        if let progress {
            update = update.set("progress_done", to: SQLBind(progress.done)).set("progress_total", to: SQLBind(progress.total))
        }
        let rows = try await update.where("id", .equal, id).where("status", .equal, JobEntry.Status.running.rawValue)
            .where("lease_owner", .equal, owner).where("attempts", .equal, attempt).returning("id").all()
        return !rows.isEmpty
    }

    /// Deletes jobs that finished or were cancelled before an instant; returns how many.
    public func deleteEnded(before cutoff: Date, in session: StoreSession) async throws -> Int {
        try await session.sql.delete(from: "jobs")
            .where("status", .in, [JobEntry.Status.done.rawValue, JobEntry.Status.cancelled.rawValue])
            .where("finished_at", .lessThan, cutoff.stored)
            .returning("id").all().count
    }

    /// Jobs in some states, the most recently changed first.
    public func list(statuses: [JobEntry.Status], limit: Int, in session: StoreSession) async throws -> [JobEntry] {
        try await session.sql.select().column("*").from("jobs")
            .where("status", .in, statuses.map(\.rawValue))
            .orderBy("updated_at", .descending).orderBy("id", .descending).limit(limit)
            .all().map(Self.decode)
    }

    /// How many jobs are in each state, and when the longest-waiting due job became due.
    public func statistics(now: Date, in session: StoreSession) async throws -> JobStatistics {
        var counts: [JobEntry.Status: Int] = [:]
        for row in try await session.sql.raw("SELECT status, COUNT(*) AS n FROM jobs GROUP BY status").all() {
            if let status = JobEntry.Status(rawValue: try row.decode(column: "status", as: String.self)) {
                counts[status] = try row.decode(column: "n", as: Int.self)
            }
        }
        let oldest = try await session.sql.raw(
            """
            SELECT MIN(run_at) AS oldest FROM jobs
            WHERE status IN ('queued', 'failed') AND run_at <= \(bind: now.stored)
            """
        ).first()
        let oldestDue = try oldest.flatMap { row in
            try row.decodeNil(column: "oldest")
                ? nil : Date(epochMilliseconds: Int64(try row.decode(column: "oldest", as: Int.self)))
        }
        return JobStatistics(counts: counts, oldestDue: oldestDue)
    }

    private func assignments(_ job: JobEntry, to update: SQLUpdateBuilder) -> SQLUpdateBuilder {
        update.set("status", to: SQLBind(job.status.rawValue)).set("run_at", to: SQLBind(job.runAt.stored))
            .set("attempts", to: SQLBind(job.attempts)).set("max_attempts", to: SQLBind(job.maxAttempts))
            .set("lease_owner", to: SQLBind(job.leaseOwner)).set("lease_expires_at", to: SQLBind(job.leaseExpiresAt?.stored))
            .set("last_error", to: SQLBind(job.lastError)).set("result", to: SQLBind(job.result))
            .set("progress_done", to: SQLBind(job.progressDone)).set("progress_total", to: SQLBind(job.progressTotal))
            .set("updated_at", to: SQLBind(job.updatedAt.stored)).set("started_at", to: SQLBind(job.startedAt?.stored))
            .set("finished_at", to: SQLBind(job.finishedAt?.stored))
    }

    static func decode(_ row: any SQLRow) throws -> JobEntry {
        let reader = RowReader(row: row, table: "jobs")
        let request = JobRequest(
            kind: try reader.string("kind"), payload: try reader.string("payload"), runAt: try reader.date("run_at"),
            maxAttempts: try reader.int("max_attempts"), uniqueKey: try reader.optionalString("unique_key"))
        var job = JobEntry(id: try reader.string("id"), request: request, now: try reader.date("created_at"))
        guard let status = JobEntry.Status(rawValue: try reader.string("status")) else {
            throw StoreError.corruptRow(table: "jobs", column: "status")
        }
        job.status = status
        job.attempts = try reader.int("attempts")
        job.leaseOwner = try reader.optionalString("lease_owner")
        job.leaseExpiresAt = try reader.optionalDate("lease_expires_at")
        job.lastError = try reader.optionalString("last_error")
        job.result = try reader.optionalString("result")
        job.progressDone = try reader.int("progress_done")
        job.progressTotal = try reader.int("progress_total")
        job.updatedAt = try reader.date("updated_at")
        job.startedAt = try reader.optionalDate("started_at")
        job.finishedAt = try reader.optionalDate("finished_at")
        return job
    }
}
