import CairnCore
import CairnStore

/// Whether a record a field points at exists, is live and is visible to the actor.
enum ReferenceCheck {
    static func exists(_ reference: RecordReference, visibility: Visibility, in session: StoreSession) async throws -> Bool {
        switch reference.kind {
        case .account: try await RecordStore<AccountFields>().exists(reference.id, visibility: visibility, in: session)
        case .contact: try await RecordStore<ContactFields>().exists(reference.id, visibility: visibility, in: session)
        case .lead: try await RecordStore<LeadFields>().exists(reference.id, visibility: visibility, in: session)
        case .opportunity: try await RecordStore<OpportunityFields>().exists(reference.id, visibility: visibility, in: session)
        case .activity: try await RecordStore<ActivityFields>().exists(reference.id, visibility: visibility, in: session)
        case .task: try await RecordStore<TaskFields>().exists(reference.id, visibility: visibility, in: session)
        }
    }
}
