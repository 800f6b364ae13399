import CairnCore
import SQLKit

/// Aggregates over the opportunities table for the pipeline board.
public struct PipelineTotalsStore: Sendable {
    /// Creates the store.
    public init() {}

    /// Count and amount per stage and currency of the deals a visibility allows that pass the filter.
    public func totals(
        pipelineId: String, visibility: Visibility, filter: DealFilter, in session: StoreSession
    ) async throws -> [StageTotal] {
        var query = session.sql.select()
            .column("stage").column("currency")
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "deals")
            // PostgreSQL sums BIGINT as NUMERIC; the cast keeps one integer type on both databases.
            .column(SQLRaw("CAST(SUM(amount_minor) AS BIGINT)"), as: "total")
            .from(OpportunityFields.table)
            .where("deleted_at", .is, SQLLiteral.null)
            .where("pipeline_id", .equal, pipelineId)
            .where(visibility.condition())
        if let ownerId = filter.ownerId { query = query.where("owner_id", .equal, ownerId) }
        if let teamId = filter.teamId { query = query.where("team_id", .equal, teamId) }
        let rows = try await query.groupBy("stage").groupBy("currency").all()
        return try rows.map { row in
            StageTotal(
                stage: StageKey(try row.decode(column: "stage", as: String.self)),
                currency: try row.decode(column: "currency", as: String.self),
                count: try row.decode(column: "deals", as: Int.self),
                amountMinor: Int64(try row.decode(column: "total", as: Int.self)))
        }
    }
}
