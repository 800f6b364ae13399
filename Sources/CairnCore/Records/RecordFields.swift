/// The user-editable content of a business record. Each kind declares its fields once (`fields`); coding,
/// validation, references, search texts, rows, filters, sorts, forms and the API document derive from them.
public protocol RecordFields: Codable, Sendable, Equatable {
    /// Which kind of record these fields belong to.
    static var kind: RecordKind { get }
    /// The kind's fields, in the order forms and documents list them.
    static var fields: [FieldDeclaration<Self>] { get }
    /// The fields of a record nobody has filled in: defaults, and blanks validation reports as missing.
    static var blank: Self { get }
    /// The normalized fields, or every problem found (derived from the declarations unless a kind says otherwise).
    func validated() throws(ValidationFailure) -> Self
    /// The kind's own rules across fields, after each field was checked (e.g. a lead needs a mobile, phone or email).
    func crossChecked(_ checks: inout FieldChecks) -> Self
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
