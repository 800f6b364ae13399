import CairnCore
import Foundation
import SQLKit

/// The `job_schedules` table: each recurring job and its next occurrence.
public struct JobScheduleStore: Sendable {
    /// Creates the store.
    public init() {}

    /// Adds a schedule, or updates its kind, payload and interval keeping its next occurrence.
    public func register(_ schedule: JobSchedule, firstRun: Date, now: Date, in session: StoreSession) async throws {
        try await session.sql.raw(
            """
            INSERT INTO job_schedules (name, kind, payload, every_seconds, runs_missed, next_run_at, updated_at)
            VALUES (\(bind: schedule.name), \(bind: schedule.kind), \(bind: schedule.payload),
                \(bind: schedule.everySeconds), \(bind: schedule.runsMissed), \(bind: firstRun.stored),
                \(bind: now.stored))
            ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, payload = excluded.payload,
                every_seconds = excluded.every_seconds, runs_missed = excluded.runs_missed,
                updated_at = excluded.updated_at
            """
        ).run()
    }

    /// Schedules with an occurrence due, each with that occurrence; locked until the transaction ends and skipped by
    /// other nodes on PostgreSQL.
    public func due(now: Date, in session: StoreSession) async throws -> [(schedule: JobSchedule, next: Date)] {
        let lock = session.dialect == .postgres ? " FOR UPDATE SKIP LOCKED" : ""
        return try await session.sql.raw(
            """
            SELECT * FROM job_schedules WHERE next_run_at <= \(bind: now.stored) ORDER BY name\(unsafeRaw: lock)
            """
        ).all().map { row in
            let reader = RowReader(row: row, table: "job_schedules")
            let schedule = JobSchedule(
                name: try reader.string("name"), kind: try reader.string("kind"), payload: try reader.string("payload"),
                everySeconds: try reader.int("every_seconds"), runsMissed: try reader.bool("runs_missed"))
            return (schedule, try reader.date("next_run_at"))
        }
    }

    /// Moves a schedule on to its next occurrence.
    public func advance(_ name: String, to next: Date, now: Date, in session: StoreSession) async throws {
        try await session.sql.update("job_schedules").set("next_run_at", to: SQLBind(next.stored))
            .set("updated_at", to: SQLBind(now.stored)).where("name", .equal, name).run()
    }
}
