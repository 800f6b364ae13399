import CairnCore
import CairnStore
import Foundation

/// Records of one kind kept whole before a merge, and put back exactly (stamps, version and all) by its undo.
enum RecordSnapshots<Fields: ManagedRecord> {
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
    /// still `versionsAfter[id]`); the writer's observers put search, duplicate keys and audit in step.
    static func restore(_ text: String, versionsAfter: [String: Int], in unit: UnitOfWork) async throws {
        for before in try decode(text) {
            guard let current = try await RecordStore<Fields>().find(before.id, includingDeleted: true, in: unit.session),
                current.meta.version == versionsAfter[before.id],
                try await unit.restore(before, over: current)
            else {
                throw ServiceError.conflict([FieldError(field: "mergeId", code: .changedSince, parameters: ["id": before.id])])
            }
        }
    }
}
