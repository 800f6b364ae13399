import Foundation

/// A field's value with its Swift type erased: what generic code (coding, rows, forms, filters) moves around.
public enum FieldValue: Sendable, Equatable {
    /// No value.
    case null
    /// A text, a choice's raw value, an id or a date as `YYYY-MM-DD`.
    case text(String)
    /// A list of texts.
    case texts([String])
    /// A whole number.
    case integer(Int)
    /// An instant.
    case instant(Date)
    /// An amount of money.
    case money(Money)
}

/// How a field's values are held: in JSON, in a column and in a form.
public enum FieldStorage: Sendable, Equatable {
    case text, texts, integer, instant, money
}

/// A Swift type a declared field may have.
public protocol FieldStorable: Sendable {
    /// How values of this type are held.
    static var storage: FieldStorage { get }
    /// Whether the type admits no value (an optional).
    static var isOptional: Bool { get }
    /// The value from its erased form; nil when it does not fit (a text that is no choice of an enum).
    init?(fieldValue: FieldValue)
    /// The erased value.
    var fieldValue: FieldValue { get }
}

extension FieldStorable {
    public static var isOptional: Bool { false }
}

extension String: FieldStorable {
    public static var storage: FieldStorage { .text }
    public init?(fieldValue: FieldValue) {
        guard case .text(let text) = fieldValue else { return nil }
        self = text
    }
    public var fieldValue: FieldValue { .text(self) }
}

extension Int: FieldStorable {
    public static var storage: FieldStorage { .integer }
    public init?(fieldValue: FieldValue) {
        guard case .integer(let value) = fieldValue else { return nil }
        self = value
    }
    public var fieldValue: FieldValue { .integer(self) }
}

extension Date: FieldStorable {
    public static var storage: FieldStorage { .instant }
    public init?(fieldValue: FieldValue) {
        guard case .instant(let value) = fieldValue else { return nil }
        self = value
    }
    public var fieldValue: FieldValue { .instant(self) }
}

extension Money: FieldStorable {
    public static var storage: FieldStorage { .money }
    public init?(fieldValue: FieldValue) {
        guard case .money(let value) = fieldValue else { return nil }
        self = value
    }
    public var fieldValue: FieldValue { .money(self) }
}

extension Array: FieldStorable where Element == String {
    public static var storage: FieldStorage { .texts }
    public init?(fieldValue: FieldValue) {
        guard case .texts(let values) = fieldValue else { return nil }
        self = values
    }
    public var fieldValue: FieldValue { .texts(self) }
}

extension Optional: FieldStorable where Wrapped: FieldStorable {
    public static var storage: FieldStorage { Wrapped.storage }
    public static var isOptional: Bool { true }
    public init?(fieldValue: FieldValue) {
        if fieldValue == .null {
            self = .none
        } else if let value = Wrapped(fieldValue: fieldValue) {
            self = .some(value)
        } else {
            return nil
        }
    }
    public var fieldValue: FieldValue { self?.fieldValue ?? .null }
}
