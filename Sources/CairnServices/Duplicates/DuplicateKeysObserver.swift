import CairnCore
import CairnStore

/// Keeps the duplicate-check keys of accounts and contacts in step with every write, in its transaction, so keys
/// never disagree with records.
struct DuplicateKeysObserver: ChangeObserver {
    let rules: MatchRuleSet

    func recordChanged(_ change: RecordChange, in context: ObserverContext) async throws {
        try await RecordKinds.registration(of: change.kind).fileDuplicateKeys(change, rules: rules, in: context.session)
    }

    func recordsCreated(_ changes: [RecordChange], in context: ObserverContext) async throws {
        guard let kind = changes.first?.kind else { return }
        try await RecordKinds.registration(of: kind).fileNewDuplicateKeys(changes, rules: rules, in: context.session)
    }
}
