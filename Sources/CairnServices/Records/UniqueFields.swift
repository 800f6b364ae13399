import CairnCore
import CairnStore

/// The one rule for unique fields (`FieldFlags.unique`, a credit code): no two live records of a kind share a value.
enum UniqueFields<Fields: ManagedRecord> {
    /// Refuses (409 naming the field) records about to be written that would share a unique field's value with each
    /// other or with another live record. A record that was live with the same value before is not looked up again.
    static func refuseShared(
        _ written: [(after: Stored<Fields>, before: Stored<Fields>?)], in session: StoreSession
    ) async throws {
        for field in Fields.fields where field.flags.contains(.unique) {
            var holders: [String: String] = [:]
            for (after, before) in written where after.meta.deletedAt == nil {
                guard case .text(let value) = field.value(in: after.fields) else { continue }
                if let before, before.meta.deletedAt == nil, field.value(in: before.fields) == .text(value) { continue }
                guard holders.updateValue(after.id, forKey: value) == nil else { throw taken(field) }
            }
            let store = RecordStore<Fields>()
            if holders.count == 1, let (value, id) = holders.first {
                if try await store.liveId(where: field.column, equals: value, excluding: id, in: session) != nil {
                    throw taken(field)
                }
            } else if !holders.isEmpty {
                // A batch of new records: none of them is stored yet, so any live holder is another record.
                let held = try await store.liveValues(in: field.column, among: Array(holders.keys), in: session)
                if !held.isEmpty { throw taken(field) }
            }
        }
    }

    private static func taken(_ field: FieldDeclaration<Fields>) -> ServiceError {
        .conflict([FieldError(field: field.key, code: .alreadyTaken)])
    }
}
