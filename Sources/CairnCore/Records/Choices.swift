/// A closed list of values stored as strings (statuses, sources, kinds), with a label in each language.
public protocol Choice: RawRepresentable, CaseIterable, Sendable, Codable, FieldStorable where RawValue == String {}

extension Choice {
    /// Every allowed raw value, in declaration order.
    public static var rawValues: [String] { allCases.map(\.rawValue) }

    public static var storage: FieldStorage { .text }

    public init?(fieldValue: FieldValue) {
        guard case .text(let text) = fieldValue else { return nil }
        self.init(rawValue: text)
    }

    public var fieldValue: FieldValue { .text(rawValue) }
}
