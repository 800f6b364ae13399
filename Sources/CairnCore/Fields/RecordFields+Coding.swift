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
    /// Decodes the declared fields: absent ones keep their blank values (validation reports what is missing), null
    /// is taken only by fields that may be null, fields Cairn sets are ignored, and a member that names no declared
    /// field is refused (`unknown_field`) — a typo never loses data silently. A choice that is not one of its values
    /// (or a required one left out) is refused too; the `ValidationFailure` also holds every problem validation finds
    /// in the rest, in field order, so the caller hears everything at once.
    public init(declaredFieldsFrom decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: FieldCodingKey.self)
        var result = Self.blank
        let declared = Set(Self.fields.map(\.key))
        var problems = container.allKeys.map(\.stringValue).filter { !declared.contains($0) }.sorted()
            .map { FieldError(field: $0, code: .unknownField) }
        for field in Self.fields where field.isInput {
            let key = FieldCodingKey(field.key)
            guard container.contains(key), try !container.decodeNil(forKey: key) else {
                let isNull = container.contains(key)
                if field.isRequired && !field.admitsBlank || isNull && !field.isNullable {
                    problems.append(FieldError(field: field.key, code: .required))
                }
                continue
            }
            let value: FieldValue
            do {
                value =
                    switch field.storage {
                    case .text: .text(try container.decode(String.self, forKey: key))
                    case .texts: .texts(try container.decode([String].self, forKey: key))
                    case .integer: .integer(try container.decode(Int.self, forKey: key))
                    case .instant: .instant(try container.decode(Date.self, forKey: key))
                    case .money: .money(try container.decode(Money.self, forKey: key))
                    }
            } catch {
                // A value of the wrong shape (a fraction for a whole number, a number for a text): named and kept
                // with the other problems instead of stopping at the first. (Foundation reports a fraction as an
                // internal error that becomes "not valid JSON" without a path, so every error counts here.)
                problems.append(Self.unreadable(field, error))
                continue
            }
            if let problem = field.accept(value, in: &result) { problems.append(problem) }
        }
        if !problems.isEmpty { throw ValidationFailure(result.problems(besides: problems)) }
        self = result
    }

    /// The problem of a member whose JSON value has the wrong shape for its field, named down to the nested member
    /// when the error says which (`amount.amount`).
    static func unreadable(_ field: FieldDeclaration<Self>, _ error: any Error) -> FieldError {
        var problem = unreadable(field)
        let context: DecodingError.Context? =
            switch error as? DecodingError {
            case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context),
                .dataCorrupted(let context):
                context
            default: nil
            }
        if let path = context?.codingPath, path.count > 1 {
            problem.field = path.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        }
        return problem
    }

    private static func unreadable(_ field: FieldDeclaration<Self>) -> FieldError {
        switch field.storage {
        case .text: FieldError(field: field.key, code: .invalidType, parameters: ["expected": "string"])
        case .texts: FieldError(field: field.key, code: .invalidType, parameters: ["expected": "array of strings"])
        case .integer: FieldError(field: field.key, code: .invalidType, parameters: ["expected": "integer"])
        case .instant: FieldError(field: field.key, code: .invalidDate, parameters: ["format": "2026-11-23T09:30:00Z"])
        case .money: FieldError(field: field.key, code: .invalidMoney)
        }
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
