import CairnCore

/// A declared field explained for the API document, in English: its label, its help text when it has one, and
/// what its type accepts and answers.
enum FieldDescriptions {
    static func text<Record>(of field: FieldDeclaration<Record>) -> String {
        var parts = [MessageCatalog.text(field.labelKey, .en) + "."]
        if let help = field.helpKey { parts.append(MessageCatalog.text(help, .en)) }
        if !field.isInput {
            parts.append("Set by Cairn; ignored on input.")
        } else {
            parts.append(note(field.type, isRequired: field.isRequired))
        }
        return parts.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// One rule for one-line text, said once.
    private static let textRule =
        " Control characters (NUL, escape, line breaks) are refused (`invalid_character`); format characters (bidi "
        + "overrides, zero-width spaces) are removed."

    private static func note(_ type: FieldType, isRequired: Bool) -> String {
        switch type {
        case .text: (isRequired ? "Required; trimmed." : "Trimmed; blank becomes null.") + Self.textRule
        case .longText:
            (isRequired ? "Required; trimmed." : "Trimmed; blank becomes null.")
                + " Line breaks and tabs are kept; other control characters are refused (`invalid_character`); format "
                + "characters (bidi overrides, zero-width spaces) are removed."
        case .url:
            "A web address: http:// or https:// and a host, or a bare host (`yunqi.cn`), which is stored with "
                + "https://. Other schemes (`javascript:`, `data:`) give `invalid_url`."
        case .textList(let maxItems, let maxLength):
            "Blank entries are dropped; at most \(maxItems) (`out_of_range`), each at most \(maxLength) characters."
        case .phone:
            "Input is parsed leniently (spaces, dashes, dots, parentheses, full-width digits, a leading `+` or `00`, "
                + "Chinese mobiles and landlines); stored and returned in E.164 form such as `+8613800138000`. Invalid "
                + "input gives `invalid_phone`."
        case .email: "Trimmed and lower-cased. Invalid input gives `invalid_email`."
        case .creditCode:
            "Unified social credit code (统一社会信用代码, GB 32100-2015), checked with its check character. Input "
                + "tolerates case, spaces, hyphens and full-width characters; returned as the canonical 18-character "
                + "upper-case code. Invalid input gives `invalid_credit_code` with a `reason` of `length`, `character`, "
                + "`authority` or `check_digit`."
        case .choice(let list) where list.isOpen: "Any text; the listed values are suggestions."
        case .choice(let list):
            "One of the listed values (`invalid_choice` otherwise)"
                + (list.isUpperCased ? "; lower case is accepted and upper-cased." : ".")
        case .integer(let bounds):
            "A whole number from \(bounds.lowerBound) to \(bounds.upperBound) (`out_of_range` otherwise)."
        case .reference(let kind):
            "Id of a live \(kind.rawValue) the caller can see (max 64 characters); otherwise 422 with `not_found` on "
                + "this field."
        case .localDate: "A date as `YYYY-MM-DD` (years 1900–2999); otherwise `invalid_date`."
        case .instant:
            "ISO 8601 date-time from 1900-01-01 to 2999-12-31 (`out_of_range` otherwise); answered in UTC with "
                + "milliseconds."
        case .money: "A decimal amount and its currency; between 0 and 1000000000000.00."
        case .place(.province): "Chinese provinces are normalized to their official name."
        case .place(.city): "Normalized to the official name when it is a known city of the province."
        }
    }
}
