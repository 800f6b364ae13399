/// One field of a kind of record, declared once: its JSON name, column, type, flags, labels and default access.
/// Coding, validation, rows, filters, sorts, search, references, forms and the API document derive from it;
/// admin-defined custom fields will be declarations made at run time.
public struct FieldDeclaration<Record>: Sendable {
    /// The JSON name, e.g. `purchaseCycleDays`.
    public let key: String
    /// The column, e.g. `purchase_cycle_days` (money adds its currency column).
    public let column: String
    /// What it holds.
    public let type: FieldType
    /// What else it takes part in.
    public let flags: FieldFlags
    /// Each built-in role's access.
    public let access: FieldAccessDefaults
    /// The catalog key of a longer explanation, when the label is not enough.
    public let helpKey: String?
    /// How its values are held (from the Swift type).
    public let storage: FieldStorage
    /// Whether it may be empty (from the Swift type).
    public let isNullable: Bool
    /// Whether its Swift type can hold "nothing given" (an empty text or no value); a required choice held as an
    /// enum cannot, so leaving it out is refused when the input is read.
    public let admitsBlank: Bool
    let read: @Sendable (Record) -> FieldValue
    let write: @Sendable (inout Record, FieldValue) -> Bool

    /// The catalog key of its label.
    public var labelKey: String { "field.\(key)" }
    /// Whether it must have a value.
    public var isRequired: Bool { flags.contains(.required) }
    /// Whether users give it (not set by Cairn).
    public var isInput: Bool { !flags.contains(.output) }
    /// Every column it is stored in.
    public var columns: [String] {
        if case .money(let currencyColumn) = type { return [column, currencyColumn] }
        return [column]
    }

    /// Declares a field held at `path`; the column defaults to the key in snake case.
    public static func field<Value: FieldStorable>(
        _ key: String, _ path: any WritableKeyPath<Record, Value> & Sendable, _ type: FieldType, _ flags: FieldFlags = [],
        column: String? = nil, access: FieldAccessDefaults? = nil, help helpKey: String? = nil
    ) -> FieldDeclaration {
        FieldDeclaration(
            key: key, column: column ?? snakeCase(key), type: type, flags: flags,
            access: access ?? (flags.contains(.output) ? .readOnly : flags.contains(.personal) ? .personal : .open),
            helpKey: helpKey, storage: Value.storage, isNullable: Value.isOptional,
            admitsBlank: Value(fieldValue: .text("")) != nil || Value(fieldValue: .null) != nil,
            read: { $0[keyPath: path].fieldValue },
            write: { record, value in
                guard let typed = Value(fieldValue: value) else { return false }
                record[keyPath: path] = typed
                return true
            })
    }

    /// Puts a value given as input (JSON or a form) into a record: a choice is trimmed (and upper-cased when its
    /// list says so), blank is no value; returns the problem when the value does not fit (an unknown choice, a
    /// required choice left blank), changing nothing then.
    public func accept(_ input: FieldValue, in record: inout Record) -> FieldError? {
        if case .choice(let list) = type, !list.isOpen, case .text(let text) = input {
            let trimmed = text.trimmedForInput
            if trimmed.isEmpty {
                return set(.null, in: &record) || set(.text(""), in: &record) ? nil : FieldError(field: key, code: .required)
            }
            if set(.text(list.isUpperCased ? trimmed.uppercased() : trimmed), in: &record) { return nil }
            return FieldError(field: key, code: .invalidChoice, parameters: ["allowed": list.values.joined(separator: ", ")])
        }
        if set(input, in: &record) { return nil }
        return FieldError(field: key, code: input == .null ? .required : .invalidValue)
    }

    /// Declares a field whose value is not a Swift property: what admin-defined custom fields will be, read and
    /// written through the record's bag of custom values (`read` gives `.null` when unset; `write` answers whether
    /// the value fits).
    public static func custom(
        _ key: String, column: String, _ type: FieldType, storage: FieldStorage, _ flags: FieldFlags = [],
        access: FieldAccessDefaults = .open, help helpKey: String? = nil,
        read: @escaping @Sendable (Record) -> FieldValue, write: @escaping @Sendable (inout Record, FieldValue) -> Bool
    ) -> FieldDeclaration {
        FieldDeclaration(
            key: key, column: column, type: type, flags: flags, access: access, helpKey: helpKey, storage: storage,
            isNullable: !flags.contains(.required), admitsBlank: true, read: read, write: write)
    }

    /// The field's value in a record.
    public func value(in record: Record) -> FieldValue { read(record) }

    /// Sets the field's value; false when the value does not fit its type (nothing changes then).
    @discardableResult
    public func set(_ value: FieldValue, in record: inout Record) -> Bool { write(&record, value) }

    static func snakeCase(_ key: String) -> String {
        var result = ""
        for character in key {
            if character.isUppercase {
                result += "_" + character.lowercased()
            } else {
                result.append(character)
            }
        }
        return result
    }
}
