import Foundation

/// What the system keeps about every record: identity, ownership, version and history stamps.
public struct RecordMeta: Sendable, Equatable, Codable {
    /// The record's id.
    public var id: String
    /// Increments on every change; the ETag and the optimistic-concurrency check.
    public var version: Int
    /// The user who owns the record.
    public var ownerId: String
    /// The owner's team when the record was last written; record scope filters on it.
    public var teamId: String?
    /// When the record was created.
    public var createdAt: Date
    /// Who created it.
    public var createdBy: String
    /// When it last changed.
    public var updatedAt: Date
    /// Who changed it last.
    public var updatedBy: String
    /// When it was soft-deleted; nil while live.
    public var deletedAt: Date?

    /// Creates the stamps for a new record at version 1.
    public init(
        id: String, version: Int = 1, ownerId: String, teamId: String?, createdAt: Date, createdBy: String,
        updatedAt: Date? = nil, updatedBy: String? = nil, deletedAt: Date? = nil
    ) {
        self.id = id
        self.version = version
        self.ownerId = ownerId
        self.teamId = teamId
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.updatedAt = updatedAt ?? createdAt
        self.updatedBy = updatedBy ?? createdBy
        self.deletedAt = deletedAt
    }
}

/// A stored record: its system stamps plus its fields. Encodes as one flat JSON object.
public struct Stored<Fields: RecordFields>: Sendable, Equatable, Codable {
    /// Identity, ownership, version, history.
    public var meta: RecordMeta
    /// The user-editable content.
    public var fields: Fields

    /// Combines stamps and fields.
    public init(meta: RecordMeta, fields: Fields) {
        self.meta = meta
        self.fields = fields
    }

    /// The record's id.
    public var id: String { meta.id }

    /// Decodes the flat object.
    public init(from decoder: any Decoder) throws {
        meta = try RecordMeta(from: decoder)
        fields = try Fields(from: decoder)
    }

    /// Encodes stamps and fields side by side in one object.
    public func encode(to encoder: any Encoder) throws {
        try meta.encode(to: encoder)
        try fields.encode(to: encoder)
    }
}
