import CairnCore
import CairnStore
import Foundation

/// Keeps an audit entry of every record change, with the record as JSON before and after.
struct AuditObserver: ChangeObserver {
    func recordChanged(_ change: RecordChange, in context: ObserverContext) async throws {
        try await AuditStore().append(try Self.entry(change, ids: context.ids), in: context.session)
    }

    func recordsCreated(_ changes: [RecordChange], in context: ObserverContext) async throws {
        // Encoding each record as JSON is CPU work: done on every core for the whole batch.
        let ids = context.ids
        let entries = try changes.concurrentMap { change in Result { try Self.entry(change, ids: ids) } }.map { try $0.get() }
        try await AuditStore().append(entries, in: context.session)
    }

    private static func entry(_ change: RecordChange, ids: any IDGenerator) throws -> AuditEntry {
        try AuditLog(ids: ids).entry(
            action(of: change), entity: change.kind.rawValue, recordId: change.recordId, before: change.before,
            after: change.after, actor: change.actor, at: change.at)
    }

    /// A merge and its undo are named as such; other changes by what happened to the row.
    static func action(of change: RecordChange) -> AuditEntry.Action {
        switch (change.cause, change.action) {
        case (.merge, _): .merge
        case (.mergeUndo, _), (_, .restore): .mergeUndo
        case (_, .create): .create
        case (_, .update): .update
        case (_, .delete): .delete
        }
    }
}

/// Appends audit entries: what every write and every decision worth keeping (an override, a rule change) leaves.
struct AuditLog: Sendable {
    let ids: any IDGenerator

    /// Appends an entry with JSON snapshots before and after.
    func append(
        _ action: AuditEntry.Action, entity: String, recordId: String, before: (any Encodable)?, after: (any Encodable)?,
        actor: Actor, at: Date, in session: StoreSession
    ) async throws {
        try await AuditStore().append(
            try entry(action, entity: entity, recordId: recordId, before: before, after: after, actor: actor, at: at),
            in: session)
    }

    /// The entry, with JSON snapshots before and after.
    func entry(
        _ action: AuditEntry.Action, entity: String, recordId: String, before: (any Encodable)?, after: (any Encodable)?,
        actor: Actor, at: Date
    ) throws -> AuditEntry {
        AuditEntry(
            id: ids.next(), at: at, actorId: actor.userId, entity: entity, recordId: recordId, action: action,
            before: try before.map(Self.snapshot), after: try after.map(Self.snapshot))
    }

    /// A value as JSON text: a record written by hand (the same bytes, a fraction of the cost), anything else encoded.
    private static func snapshot(_ value: any Encodable) throws -> String {
        if let record = value as? any AnyStoredRecord { return String(decoding: record.json, as: UTF8.self) }
        return String(decoding: try RecordJSON.sharedEncoder.encode(value), as: UTF8.self)
    }
}
