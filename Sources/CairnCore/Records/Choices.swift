/// A closed list of values stored as strings, with a label in each language.
public protocol Choice: RawRepresentable, CaseIterable, Sendable where RawValue == String {}

extension Choice {
    /// Every allowed raw value, in declaration order.
    public static var rawValues: [String] { allCases.map(\.rawValue) }
}
