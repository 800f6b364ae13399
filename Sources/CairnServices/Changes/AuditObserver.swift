import CairnCore
import CairnStore
import Foundation

/// Keeps an audit entry of every record change, with the record as JSON before and after.
struct AuditObserver: ChangeObserver {
    func recordChanged(_ change: RecordChange, in context: ObserverContext) async throws {
        try await AuditLog(ids: context.ids).append(
            Self.action(of: change), entity: change.kind.rawValue, recordId: change.recordId, before: change.before,
            after: change.after, actor: change.actor, at: change.at, in: context.session)
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
        let encoder = RecordJSON.sharedEncoder
        let entry = AuditEntry(
            id: ids.next(), at: at, actorId: actor.userId, entity: entity, recordId: recordId, action: action,
            before: try before.map { String(decoding: try encoder.encode($0), as: UTF8.self) },
            after: try after.map { String(decoding: try encoder.encode($0), as: UTF8.self) })
        try await AuditStore().append(entry, in: session)
    }
}
