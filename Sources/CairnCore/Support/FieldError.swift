/// One problem with one input field: which field, a stable code, and the facts a message needs.
public struct FieldError: Sendable, Equatable, Hashable {
    /// The JSON name of the field, dotted for nested values (`amount.currency`).
    public var field: String
    /// A stable machine-readable code.
    public var code: FieldErrorCode
    /// Values the localized message interpolates, such as `max` for a length limit.
    public var parameters: [String: String]

    /// Creates a field error.
    public init(field: String, code: FieldErrorCode, parameters: [String: String] = [:]) {
        self.field = field
        self.code = code
        self.parameters = parameters
    }
}

/// The stable codes clients can switch on; each has a message in every catalog.
public enum FieldErrorCode: String, Sendable, CaseIterable, Codable {
    case required
    case tooLong = "too_long"
    case tooShort = "too_short"
    case invalidType = "invalid_type"
    case invalidCreditCode = "invalid_credit_code"
    case invalidPhone = "invalid_phone"
    case invalidEmail = "invalid_email"
    case invalidChoice = "invalid_choice"
    case invalidMoney = "invalid_money"
    case invalidCurrency = "invalid_currency"
    case invalidDate = "invalid_date"
    case outOfRange = "out_of_range"
    case notFound = "not_found"
    case alreadyTaken = "already_taken"
    case invalidCursor = "invalid_cursor"
    case notAllowed = "not_allowed"
    case invalidValue = "invalid_value"
    /// A limit on how many of something one may keep was reached (`max`).
    case tooMany = "too_many"
    /// The thing was already undone.
    case alreadyUndone = "already_undone"
    /// A record (`id`) changed after the operation, so it cannot be undone exactly.
    case changedSince = "changed_since"
    /// The text holds a control character (NUL, escape, bell…; a line break in a one-line field).
    case invalidCharacter = "invalid_character"
    /// Not a web address starting with http:// or https://.
    case invalidURL = "invalid_url"
    /// A member the API does not take (a typo, or a field that does not exist).
    case unknownField = "unknown_field"
    /// A password that is easy to guess: a common one, one character or two repeated, or the email in it.
    case guessable
    /// A value checked against a stored one that does not match (a wrong current password).
    case incorrect
}

/// Input that failed validation; carries every field error found, not just the first.
public struct ValidationFailure: Error, Sendable, Equatable {
    /// All problems found, in field order.
    public var errors: [FieldError]

    /// Creates a failure from at least one error.
    public init(_ errors: [FieldError]) {
        self.errors = errors
    }
}
