import CairnCore
import CairnStore

/// Whether the records that fields point at exist, are live and are visible to the actor.
enum ReferenceCheck {
    /// The references whose record is missing, deleted or out of scope, in the order given: one query per kind
    /// (and per 500 ids), so a seeded batch of contacts checks its accounts together.
    static func missing(
        _ references: [RecordReference], visibility: Visibility, in session: StoreSession
    ) async throws -> [RecordReference] {
        var found: [RecordKind: Set<String>] = [:]
        for (kind, pointing) in Dictionary(grouping: references, by: \.kind) {
            found[kind] = try await RecordKinds.registration(of: kind).existing(
                Set(pointing.map(\.id)), visibility: visibility, in: session)
        }
        return references.filter { found[$0.kind]?.contains($0.id) != true }
    }
}
