/// A pipeline stage by its key (`qualification`, `won`): data, since pipelines will be editable, but typed so a stage
/// is never confused with other text. Written as a plain string in JSON, columns and forms.
public struct StageKey: RawRepresentable, Hashable, Comparable, Sendable, Codable, ExpressibleByStringLiteral,
    CustomStringConvertible, FieldStorable
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }

    public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public static func < (left: StageKey, right: StageKey) -> Bool { left.rawValue < right.rawValue }

    public static var storage: FieldStorage { .text }

    public init?(fieldValue: FieldValue) {
        guard case .text(let text) = fieldValue else { return nil }
        rawValue = text
    }

    public var fieldValue: FieldValue { .text(rawValue) }
}
