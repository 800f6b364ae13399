import CairnCore
import CairnStore

/// Keeps every record's search tokens in step with its writes, in their transaction.
struct SearchIndexObserver: ChangeObserver {
    func recordChanged(_ change: RecordChange, in context: ObserverContext) async throws {
        try await RecordKinds.registration(of: change.kind).indexForSearch(change, in: context.session)
    }

    func recordsCreated(_ changes: [RecordChange], in context: ObserverContext) async throws {
        guard let kind = changes.first?.kind else { return }
        try await RecordKinds.registration(of: kind).indexNewForSearch(changes, in: context.session)
    }
}
