import Foundation

/// Collects field errors while a draft is validated, so the user sees every problem at once.
public struct FieldChecks: Sendable {
    /// Errors found so far.
    public private(set) var errors: [FieldError] = []

    /// Starts with no errors.
    public init() {}

    /// Records an error.
    public mutating func add(_ field: String, _ code: FieldErrorCode, _ parameters: [String: String] = [:]) {
        errors.append(FieldError(field: field, code: code, parameters: parameters))
    }

    /// Throws a `ValidationFailure` when anything was recorded.
    public func throwIfAny() throws(ValidationFailure) {
        if !errors.isEmpty { throw ValidationFailure(errors) }
    }

    /// Text as entered, made safe to store and to show: format characters (bidi overrides, zero-width spaces, byte
    /// order marks) are removed — they are invisible and can make a name read backwards — and a control character
    /// (NUL, escape, bell; a line break or tab unless `multiline`) is refused with `invalid_character`.
    public mutating func cleaned(_ field: String, _ value: String, multiline: Bool) -> String {
        var scalars = String.UnicodeScalarView()
        var refused = false
        for scalar in value.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .format: continue
            case .control where multiline && (scalar == "\n" || scalar == "\r" || scalar == "\t"): scalars.append(scalar)
            case .control: refused = true
            default: scalars.append(scalar)
            }
        }
        if refused { add(field, .invalidCharacter) }
        return String(scalars)
    }

    /// What a web address may look like (the API document publishes the same pattern): http or https, or a bare
    /// host, then an optional port and path without spaces. `javascript:`, `data:` or `ftp:` never match.
    public static let urlPattern =
        "^([Hh][Tt][Tt][Pp][Ss]?://)?[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]{1,5})?([/?#][^\\s]*)?$"

    /// A web address matching `urlPattern`; `https://` is added to a bare host (`yunqi.cn`). Anything else is
    /// refused with `invalid_url`.
    public mutating func url(_ field: String, _ value: String?, max: Int) -> String? {
        guard let raw = value?.trimmedForInput, !raw.isEmpty else { return nil }
        if raw.count > max { add(field, .tooLong, ["max": String(max)]) }
        guard raw.range(of: Self.urlPattern, options: .regularExpression) != nil else {
            add(field, .invalidURL)
            return raw
        }
        return raw.lowercased().hasPrefix("http") && raw.contains("://") ? raw : "https://" + raw
    }

    /// The instants a record may hold: 1900-01-01 to 2999-12-31 (UTC), the same years as dates.
    public static let instantRange =
        Date(timeIntervalSince1970: -2_208_988_800)...Date(timeIntervalSince1970: 32_503_680_000 - 0.001)

    /// Trims a required text and checks its length; returns the trimmed value.
    public mutating func requiredText(_ field: String, _ value: String, max: Int) -> String {
        let trimmed = value.trimmedForInput
        if trimmed.isEmpty {
            add(field, .required)
        } else if trimmed.count > max {
            add(field, .tooLong, ["max": String(max)])
        }
        return trimmed
    }

    /// Trims an optional text, turns blank into nil, and checks its length.
    public mutating func optionalText(_ field: String, _ value: String?, max: Int) -> String? {
        guard let trimmed = value?.trimmedForInput, !trimmed.isEmpty else { return nil }
        if trimmed.count > max { add(field, .tooLong, ["max": String(max)]) }
        return trimmed
    }

    /// Normalizes an optional phone number to E.164 (with `;ext=` for an extension).
    public mutating func phone(_ field: String, _ value: String?) -> String? {
        guard let raw = value?.trimmedForInput, !raw.isEmpty else { return nil }
        guard let phone = PhoneNumber(raw) else {
            add(field, .invalidPhone)
            return raw
        }
        return phone.stored
    }

    /// Normalizes an optional email address.
    public mutating func email(_ field: String, _ value: String?) -> String? {
        guard let raw = value?.trimmedForInput, !raw.isEmpty else { return nil }
        guard let email = EmailAddress(raw) else {
            add(field, .invalidEmail)
            return raw
        }
        return email.value
    }

    /// Normalizes an optional unified social credit code, naming the problem when it is wrong.
    public mutating func creditCode(_ field: String, _ value: String?) -> String? {
        guard let raw = value?.trimmedForInput, !raw.isEmpty else { return nil }
        guard let code = CreditCode(raw) else {
            let reason: String
            switch CreditCode.problem(in: raw) {
            case .wrongLength: reason = "length"
            case .invalidCharacter: reason = "character"
            case .unknownAuthority: reason = "authority"
            case .badCheckDigit, .none: reason = "check_digit"
            }
            add(field, .invalidCreditCode, ["reason": reason])
            return raw
        }
        return code.value
    }

    /// Checks that an optional value is one of the allowed choices.
    public mutating func choice(_ field: String, _ value: String?, in allowed: [String]) -> String? {
        guard let raw = value?.trimmedForInput, !raw.isEmpty else { return nil }
        if !allowed.contains(raw) {
            add(field, .invalidChoice, ["allowed": allowed.joined(separator: ", ")])
        }
        return raw
    }

    /// Checks a required choice.
    public mutating func requiredChoice(_ field: String, _ value: String?, in allowed: [String]) -> String {
        guard let raw = value?.trimmedForInput, !raw.isEmpty else {
            add(field, .required)
            return ""
        }
        return choice(field, raw, in: allowed) ?? raw
    }

    /// Checks that an integer lies in a closed range.
    public mutating func range(_ field: String, _ value: Int?, _ bounds: ClosedRange<Int>) {
        guard let value else { return }
        if !bounds.contains(value) {
            add(field, .outOfRange, ["min": String(bounds.lowerBound), "max": String(bounds.upperBound)])
        }
    }

    /// Checks that a money amount lies in range and its currency is supported.
    public mutating func money(_ field: String, _ value: Money?) {
        guard let value else { return }
        if value.minorUnits < 0 || value.minorUnits > Money.maximumMinorUnits {
            add("\(field).amount", .outOfRange, ["min": "0", "max": Money.maximumDisplay])
        }
        if !Money.supportedCurrencies.contains(value.currency) {
            add("\(field).currency", .invalidCurrency, ["allowed": Money.supportedCurrencies.joined(separator: ", ")])
        }
    }
}

extension String {
    /// The value with surrounding white space (including the ideographic space) removed.
    public var trimmedForInput: String {
        trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{3000}")))
    }
}
