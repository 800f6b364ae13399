import CairnCore
import Foundation
import SQLKit

/// The append-only audit log: who changed which record when, with the record before and after.
public struct AuditStore: Sendable {
    /// Creates the store.
    public init() {}

    /// Appends an entry (inside the same transaction as the write it describes).
    public func append(_ entry: AuditEntry, in session: StoreSession) async throws {
        let values: [any Encodable & Sendable] = [
            entry.id, entry.at.stored, entry.actorId, entry.entity, entry.recordId, entry.action.rawValue, entry.before,
            entry.after,
        ]
        try await session.sql.raw(
            """
            INSERT INTO audit_entries (id, at, actor_id, entity, record_id, action, before_json, after_json)
            VALUES (\(binds: values))
            """
        ).run()
    }

    /// Appends entries with multi-row statements (a seeded batch).
    public func append(_ entries: [AuditEntry], in session: StoreSession) async throws {
        for chunk in entries.chunked(by: 500) {
            let rows = chunk.map { entry in
                let values: [any Encodable & Sendable] = [
                    entry.id, entry.at.stored, entry.actorId, entry.entity, entry.recordId, entry.action.rawValue,
                    entry.before, entry.after,
                ]
                return SQLQueryString("(\(binds: values))")
            }
            try await session.sql.raw(
                """
                INSERT INTO audit_entries (id, at, actor_id, entity, record_id, action, before_json, after_json)
                VALUES \(SQLList(rows))
                """
            ).run()
        }
    }

    /// The entries for one record, oldest first.
    public func entries(entity: String, recordId: String, in session: StoreSession) async throws -> [AuditEntry] {
        try await session.sql.select().column("*").from("audit_entries")
            .where("entity", .equal, entity).where("record_id", .equal, recordId)
            .orderBy("at").orderBy("id")
            .all()
            .map { row in
                let reader = RowReader(row: row, table: "audit_entries")
                return AuditEntry(
                    id: try reader.string("id"), at: try reader.date("at"), actorId: try reader.string("actor_id"),
                    entity: try reader.string("entity"), recordId: try reader.string("record_id"),
                    action: AuditEntry.Action(rawValue: try reader.string("action")) ?? .update,
                    before: try reader.optionalString("before_json"), after: try reader.optionalString("after_json"))
            }
    }

    /// How many entries exist in all.
    public func count(in session: StoreSession) async throws -> Int {
        let row = try await session.sql.raw("SELECT COUNT(*) AS n FROM audit_entries").first()
        return try row?.decode(column: "n", as: Int.self) ?? 0
    }
}

/// One audited write.
public struct AuditEntry: Sendable, Equatable {
    /// What kind of write.
    public enum Action: String, Sendable {
        case create, update, delete, stageChange = "stage_change", userCreate = "user_create", login
        /// A record created over blocking duplicate matches by a user with the override right.
        case duplicateOverride = "duplicate_override"
        /// A record changed by a merge: the survivor, a merged record, or a child moved to the survivor.
        case merge
        /// A record put back as it was before a merge.
        case mergeUndo = "merge_undo"
        /// An API token made (its name, scopes and expiry; never its secret).
        case tokenCreate = "token_create"
        /// An API token revoked.
        case tokenRevoke = "token_revoke"
        /// A user changed their own password.
        case passwordChange = "password_change"
        /// An administrator set a user's password.
        case passwordReset = "password_reset"
    }

    public var id: String
    public var at: Date
    public var actorId: String
    public var entity: String
    public var recordId: String
    public var action: Action
    /// The record before, as JSON; nil for creations.
    public var before: String?
    /// The record after, as JSON; nil for hard removals.
    public var after: String?

    /// Creates an entry.
    public init(
        id: String, at: Date, actorId: String, entity: String, recordId: String, action: Action, before: String?,
        after: String?
    ) {
        self.id = id
        self.at = at
        self.actorId = actorId
        self.entity = entity
        self.recordId = recordId
        self.action = action
        self.before = before
        self.after = after
    }
}
