import CairnCore
import SQLKit

/// The stage history of opportunities.
public struct StageChangeStore: Sendable {
    /// Creates the store.
    public init() {}

    /// Appends a change.
    public func append(_ change: StageChange, in session: StoreSession) async throws {
        try await session.sql.insert(into: "stage_changes")
            .columns("id", "opportunity_id", "from_stage", "to_stage", "changed_at", "changed_by")
            .values(
                SQLBind(change.id), SQLBind(change.opportunityId), SQLBind(change.fromStage?.rawValue),
                SQLBind(change.toStage.rawValue),
                SQLBind(change.changedAt.stored), SQLBind(change.changedBy)
            )
            .run()
    }

    /// An opportunity's changes, oldest first.
    public func history(of opportunityId: String, in session: StoreSession) async throws -> [StageChange] {
        try await session.sql.select().column("*").from("stage_changes")
            .where("opportunity_id", .equal, opportunityId)
            .orderBy("changed_at").orderBy("id")
            .all()
            .map { row in
                let reader = RowReader(row: row, table: "stage_changes")
                return StageChange(
                    id: try reader.string("id"), opportunityId: try reader.string("opportunity_id"),
                    fromStage: try reader.optionalString("from_stage").map(StageKey.init),
                    toStage: StageKey(try reader.string("to_stage")),
                    changedAt: try reader.date("changed_at"), changedBy: try reader.string("changed_by"))
            }
    }
}
