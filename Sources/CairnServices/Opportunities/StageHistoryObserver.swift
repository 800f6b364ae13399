import CairnCore
import CairnStore

/// Records every stage an opportunity enters, with its time and who moved it (demo data brings its own history).
struct StageHistoryObserver: ChangeObserver {
    func recordChanged(_ change: RecordChange, in context: ObserverContext) async throws {
        guard change.cause != .seeding, let (before, after) = change.records(of: OpportunityFields.self),
            before?.fields.stage != after.fields.stage, after.meta.deletedAt == nil
        else { return }
        let entry = StageChange(
            id: context.ids.next(), opportunityId: after.id, fromStage: before?.fields.stage, toStage: after.fields.stage,
            changedAt: change.at, changedBy: change.actor.userId)
        try await StageChangeStore().append(entry, in: context.session)
    }
}
