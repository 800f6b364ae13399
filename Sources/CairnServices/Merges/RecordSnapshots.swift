import CairnCore
import CairnStore
import Foundation

/// Records of one kind kept whole before a merge, and put back exactly (stamps, version and all) by its undo.
struct RecordSnapshots<Fields: ManagedRecord>: Sendable {
    let service: RecordService<Fields>

    /// Snapshots as text for the merge history: each row's exact column values.
    static func encode(_ records: [Stored<Fields>]) throws -> String {
        let rows = try records.map(RecordStore<Fields>.snapshot)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(rows), as: UTF8.self)
    }

    static func decode(_ text: String) throws -> [Stored<Fields>] {
        try JSONDecoder().decode([[String: String]].self, from: Data(text.utf8)).map(RecordStore<Fields>.record)
    }

    /// Writes each snapshot back over the record the merge left, if no one has changed it since (its version is
    /// still `versionsAfter[id]`); search and duplicate keys follow, each with an audit entry.
    func restore(
        _ text: String, versionsAfter: [String: Int], actor: Actor, at now: Date, in session: StoreSession
    )
        async throws
    {
        for before in try Self.decode(text) {
            guard let current = try await service.store.find(before.id, includingDeleted: true, in: session),
                current.meta.version == versionsAfter[before.id],
                try await service.store.update(before, expectedVersion: current.meta.version, in: session)
            else {
                throw ServiceError.conflict([FieldError(field: "mergeId", code: .changedSince, parameters: ["id": before.id])])
            }
            try await service.fileDuplicateKeys(before, previous: current, in: session)
            try await service.environment.audit(
                .mergeUndo, entity: Fields.kind.rawValue, recordId: before.id, before: current, after: before, actor: actor,
                at: now, in: session)
        }
    }
}
