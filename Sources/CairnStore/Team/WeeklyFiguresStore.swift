import CairnCore
import Foundation
import SQLKit

/// Counts per owner behind the manager's weekly view; each is one grouped query over indexed columns.
public struct WeeklyFiguresStore: Sendable {
    /// Creates the store.
    public init() {}

    /// Every owner's figures since `start`, of the records within a scope (deals by the deal's scope).
    public func figures(
        since start: Date, now: Date, wonStages: [StageKey], visibility: Visibility, in session: StoreSession
    ) async throws -> [String: WeeklyFigures] {
        let since = start.epochMilliseconds
        let until = now.epochMilliseconds
        var result: [String: WeeklyFigures] = [:]
        func apply(_ rows: [(String, Int, Int64)], _ update: (inout WeeklyFigures, Int, Int64) -> Void) {
            for (owner, count, amount) in rows { update(&result[owner, default: WeeklyFigures()], count, amount) }
        }
        let scope = visibility.condition()
        apply(
            try await grouped(
                "SELECT owner_id AS owner, COUNT(*) AS n, 0 AS amount FROM leads WHERE deleted_at IS NULL AND created_at >= \(bind: since) AND \(scope) GROUP BY owner_id",
                in: session)
        ) { figures, count, _ in figures.newLeads = count }
        apply(
            try await grouped(
                "SELECT owner_id AS owner, COUNT(*) AS n, 0 AS amount FROM activities WHERE deleted_at IS NULL AND direction = 'outbound' AND occurred_at >= \(bind: since) AND occurred_at <= \(bind: until) AND \(scope) GROUP BY owner_id",
                in: session)
        ) { figures, count, _ in figures.followUps = count }
        apply(
            try await grouped(
                "SELECT owner_id AS owner, COUNT(*) AS n, 0 AS amount FROM tasks WHERE deleted_at IS NULL AND status = 'open' AND due_at < \(bind: until) AND \(scope) GROUP BY owner_id",
                in: session)
        ) { figures, count, _ in figures.overdueTasks = count }
        let dealScope = visibility.condition(on: "o")
        apply(
            try await grouped(
                "SELECT o.owner_id AS owner, COUNT(*) AS n, 0 AS amount FROM stage_changes c JOIN opportunities o ON o.id = c.opportunity_id WHERE o.deleted_at IS NULL AND c.from_stage IS NOT NULL AND c.changed_at >= \(bind: since) AND \(dealScope) GROUP BY o.owner_id",
                in: session)
        ) { figures, count, _ in figures.stageMoves = count }
        apply(
            try await grouped(
                "SELECT o.owner_id AS owner, COUNT(*) AS n, CAST(SUM(o.amount_minor) AS BIGINT) AS amount FROM stage_changes c JOIN opportunities o ON o.id = c.opportunity_id WHERE o.deleted_at IS NULL AND c.to_stage IN (\(binds: wonStages.map(\.rawValue))) AND c.changed_at >= \(bind: since) AND \(dealScope) GROUP BY o.owner_id",
                in: session)
        ) {
            $0.wins = $1
            $0.wonAmountMinor = $2
        }
        return result
    }

    private func grouped(_ query: SQLQueryString, in session: StoreSession) async throws -> [(String, Int, Int64)] {
        try await session.sql.raw(query).all().map { row in
            (
                try row.decode(column: "owner", as: String.self), try row.decode(column: "n", as: Int.self),
                Int64(try row.decode(column: "amount", as: Int?.self) ?? 0)
            )
        }
    }
}
