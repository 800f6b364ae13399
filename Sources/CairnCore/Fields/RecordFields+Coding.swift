import Foundation

/// A JSON member named by a declared field.
struct FieldCodingKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(_ key: String) { stringValue = key }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension RecordFields {
    /// Decodes the declared fields leniently: absent or null ones keep their blank values (validation reports what
    /// is missing), fields Cairn sets are ignored. A choice that is not one of its values (or a required one left
    /// out) is refused with a `ValidationFailure` that also holds every problem validation finds in the rest, in
    /// field order, so the caller hears everything at once.
    public init(declaredFieldsFrom decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: FieldCodingKey.self)
        var result = Self.blank
        var problems: [FieldError] = []
        for field in Self.fields where field.isInput {
            let key = FieldCodingKey(field.key)
            guard container.contains(key), try !container.decodeNil(forKey: key) else {
                if field.isRequired && !field.admitsBlank { problems.append(FieldError(field: field.key, code: .required)) }
                continue
            }
            let value: FieldValue =
                switch field.storage {
                case .text: .text(try container.decode(String.self, forKey: key))
                case .texts: .texts(try container.decode([String].self, forKey: key))
                case .integer: .integer(try container.decode(Int.self, forKey: key))
                case .instant: .instant(try container.decode(Date.self, forKey: key))
                case .money: .money(try container.decode(Money.self, forKey: key))
                }
            if let problem = field.accept(value, in: &result) { problems.append(problem) }
        }
        if !problems.isEmpty { throw ValidationFailure(result.problems(besides: problems)) }
        self = result
    }

    /// Problems found while reading input (an unknown choice, a number that is no number) together with what
    /// validation finds in the other fields, in field order: everything the person has to fix, at once.
    public func problems(besides refused: [FieldError]) -> [FieldError] {
        let named = Set(refused.map(\.field))
        var found: [FieldError] = []
        do { _ = try validated() } catch { found = error.errors }
        return Self.inFieldOrder(refused + found.filter { !named.contains($0.field) })
    }

    /// Errors sorted by the order their fields are declared in (others last), keeping each field's own order.
    static func inFieldOrder(_ errors: [FieldError]) -> [FieldError] {
        let position = Dictionary(uniqueKeysWithValues: fields.enumerated().map { ($0.element.key, $0.offset) })
        return errors.enumerated().sorted { left, right in
            (position[left.element.field] ?? .max, left.offset) < (position[right.element.field] ?? .max, right.offset)
        }.map(\.element)
    }

    /// Encodes every declared field, nulls included, so clients see the full shape.
    public func encodeDeclaredFields(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: FieldCodingKey.self)
        for field in Self.fields {
            let key = FieldCodingKey(field.key)
            switch field.value(in: self) {
            case .null: try container.encodeNil(forKey: key)
            case .text(let text): try container.encode(text, forKey: key)
            case .texts(let texts): try container.encode(texts, forKey: key)
            case .integer(let number): try container.encode(number, forKey: key)
            case .instant(let date): try container.encode(date, forKey: key)
            case .money(let money): try container.encode(money, forKey: key)
            }
        }
    }
}
