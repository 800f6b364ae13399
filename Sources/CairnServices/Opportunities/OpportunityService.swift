import CairnCore
import CairnStore

/// Pipeline work on opportunities: stage moves and their history.
public struct OpportunityService: Sendable {
    let records: RecordService<OpportunityFields>

    /// Creates the service over the generic opportunity records.
    public init(records: RecordService<OpportunityFields>) {
        self.records = records
    }

    /// Moves an opportunity to a stage (a lost stage needs a reason); the move is kept in the stage history.
    public func moveStage(
        _ id: String, to stage: String, lossReason: String?, expectedVersion: Int?, by actor: Actor
    ) async throws -> Stored<OpportunityFields> {
        var probe = OpportunityFields.blank
        if let lossReason, let problem = OpportunityFields.field("lossReason")?.accept(.text(lossReason), in: &probe) {
            throw ServiceError.validation([problem])
        }
        let reason = probe.lossReason
        return try await records.update(id, expectedVersion: expectedVersion, by: actor, cause: .stageMove) { current in
            var fields = current
            fields.stage = StageKey(stage)
            if let reason { fields.lossReason = reason }
            return fields
        }
    }

    /// Deals per stage and their worth, of the deals the actor may see that pass the filter.
    public func stageTotals(_ filter: DealFilter, by actor: Actor) async throws -> [StageTotal] {
        try await records.environment.storage.read { session in
            try await PipelineTotalsStore().totals(
                pipelineId: Pipeline.standard.id, visibility: actor.visibility, filter: filter, in: session)
        }
    }

    /// The stage history of an opportunity the actor may see, oldest first.
    public func history(of id: String, by actor: Actor) async throws -> [StageChange] {
        try await records.environment.storage.read { session in
            _ = try await records.visibleRecord(id, actor: actor, in: session)
            return try await StageChangeStore().history(of: id, in: session)
        }
    }
}
