import CairnCore
import CairnStore
import Foundation

extension RecordService {
    /// Validates every record first, then stores them all in one transaction, each with its audit entry; any
    /// invalid record stops the batch before anything is written. For bulk loads (imports, benchmarks).
    public func createBatch(_ batch: [Fields], by actor: Actor) async throws -> [Stored<Fields>] {
        let now = environment.clock.now()
        var prepared: [Fields] = []
        prepared.reserveCapacity(batch.count)
        for fields in batch {
            prepared.append(try validate(fields, previous: nil, now: now))
        }
        let ids = prepared.map { _ in environment.ids.next() }
        let records = prepared.map { $0 }
        return try await environment.storage.write { session in
            let owner = try await resolveOwner(actor.userId, current: nil, actor: actor, in: session)
            var stored: [Stored<Fields>] = []
            stored.reserveCapacity(records.count)
            for (id, fields) in zip(ids, records) {
                try await checkReferences(fields, actor: actor, in: session)
                let meta = RecordMeta(id: id, ownerId: owner.id, teamId: owner.teamId, createdAt: now, createdBy: actor.userId)
                let record = Stored(meta: meta, fields: fields)
                try await insert(record, actor: actor, in: session)
                stored.append(record)
            }
            return stored
        }
    }
}
