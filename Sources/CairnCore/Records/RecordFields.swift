/// The user-editable content of a business record; validation and normalization live here, in the core.
public protocol RecordFields: Codable, Sendable, Equatable {
    /// Which kind of record these fields belong to.
    static var kind: RecordKind { get }
    /// The normalized fields, or every problem found.
    func validated() throws(ValidationFailure) -> Self
    /// Other records these fields point at; each must exist and be visible to the acting user.
    var references: [RecordReference] { get }
    /// Texts a user may search the record by (names, phones, emails, codes).
    var searchableTexts: [String] { get }
}

/// A pointer from one record's field to another record.
public struct RecordReference: Sendable, Equatable {
    /// The JSON field holding the id.
    public var field: String
    /// The kind of record pointed at.
    public var kind: RecordKind
    /// The id pointed at.
    public var id: String

    /// Creates a reference.
    public init(field: String, kind: RecordKind, id: String) {
        self.field = field
        self.kind = kind
        self.id = id
    }
}

extension RecordFields {
    /// No references by default.
    public var references: [RecordReference] { [] }
}

extension Array where Element == RecordReference {
    /// Adds a reference when the id is present.
    mutating func append(_ field: String, _ kind: RecordKind, _ id: String?) {
        if let id, !id.isEmpty { append(RecordReference(field: field, kind: kind, id: id)) }
    }
}
