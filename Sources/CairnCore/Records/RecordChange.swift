import Foundation

/// Why a record was written: the use case behind a change, so an observer can tell a person's edit from a merge.
public enum ChangeCause: Sendable, Hashable {
    /// A person created, edited or deleted the record.
    case entry
    /// An opportunity moved to another stage.
    case stageMove
    /// A lead was converted into an account, a contact and an opportunity.
    case conversion(leadId: String)
    /// Accounts were merged.
    case merge(mergeId: String)
    /// A merge was undone.
    case mergeUndo(mergeId: String)
    /// Demo or seed data that arrives with its own history.
    case seeding
}

/// A stored record of any kind, for code that treats every kind alike (observers, audit).
public protocol AnyStoredRecord: Sendable, Encodable {
    /// The record's kind.
    var kind: RecordKind { get }
    /// Its stamps.
    var meta: RecordMeta { get }
    /// Its JSON object (the API's and the audit trail's), written by hand.
    var json: [UInt8] { get }
}

extension Stored: AnyStoredRecord {
    /// The kind of the fields.
    public var kind: RecordKind { Fields.kind }
    /// The record as one JSON object (`RecordJSONWriter`).
    public var json: [UInt8] { RecordJSONWriter.bytes(self) }
}

/// One record written by a use case: before and after, who, when and why. Observers see every change inside the
/// write's transaction.
public struct RecordChange: Sendable {
    /// What happened to the row.
    public enum Action: String, Sendable {
        /// A new record.
        case create
        /// A changed record (fields, owner or both).
        case update
        /// A soft-deleted record.
        case delete
        /// A record put back exactly as an earlier snapshot (a merge's undo).
        case restore
    }

    /// What happened.
    public let action: Action
    /// The record before; nil on create.
    public let before: (any AnyStoredRecord)?
    /// The record as written (a deleted one carries `deletedAt`).
    public let after: any AnyStoredRecord
    /// Who made the change.
    public let actor: Actor
    /// When.
    public let at: Date
    /// The use case it belongs to.
    public let cause: ChangeCause

    /// Creates a change.
    public init(
        action: Action, before: (any AnyStoredRecord)?, after: any AnyStoredRecord, actor: Actor, at: Date,
        cause: ChangeCause
    ) {
        self.action = action
        self.before = before
        self.after = after
        self.actor = actor
        self.at = at
        self.cause = cause
    }

    /// The kind of the record.
    public var kind: RecordKind { after.kind }
    /// The record's id.
    public var recordId: String { after.meta.id }

    /// Before and after as records of one kind; nil when the change is about another kind.
    public func records<Fields: RecordFields>(of _: Fields.Type) -> (before: Stored<Fields>?, after: Stored<Fields>)? {
        guard let after = after as? Stored<Fields> else { return nil }
        return (before as? Stored<Fields>, after)
    }
}
