import CairnCore
import CairnStore

/// Whether a record a field points at exists, is live and is visible to the actor.
enum ReferenceCheck {
    static func exists(_ reference: RecordReference, visibility: Visibility, in session: StoreSession) async throws -> Bool {
        try await RecordKinds.registration(of: reference.kind).exists(reference.id, visibility: visibility, in: session)
    }
}
