import Foundation

extension FieldDeclaration {
    /// The value normalized as its type says (trimmed, canonical phone, upper-cased code…), problems noted in
    /// `checks`. Places are normalized afterwards, as a pair (`RecordFields.validated`).
    func normalized(_ value: FieldValue, checks: inout FieldChecks) -> FieldValue {
        var text: String? = if case .text(let text) = value { text } else { nil }
        let isMultiline = if case .longText = type { true } else { false }
        text = text.map { checks.cleaned(key, $0, multiline: isMultiline) }
        switch type {
        case .text(let max), .longText(let max):
            return textValue(text, max: max, checks: &checks)
        case .reference:
            return textValue(text, max: 64, checks: &checks)
        case .url:
            return requiring(checks.url(key, text, max: 300), checks: &checks)
        case .textList(let maxItems, let maxLength):
            guard case .texts(let items) = value else { return value }
            let kept = items.map { checks.cleaned(key, $0, multiline: false).trimmedForInput }.filter { !$0.isEmpty }
            if kept.count > maxItems { checks.add(key, .outOfRange, ["min": "0", "max": String(maxItems)]) }
            for item in kept where item.count > maxLength { checks.add(key, .tooLong, ["max": String(maxLength)]) }
            return .texts(kept)
        case .phone:
            return requiring(checks.phone(key, text), checks: &checks)
        case .email:
            return requiring(checks.email(key, text), checks: &checks)
        case .creditCode:
            return requiring(checks.creditCode(key, text), checks: &checks)
        case .choice(let list):
            let folded = list.isUpperCased ? text?.uppercased() : text
            if list.isOpen { return textValue(folded, max: list.maxLength, checks: &checks) }
            if isRequired { return .text(checks.requiredChoice(key, folded, in: list.values)) }
            return checks.choice(key, folded, in: list.values).map(FieldValue.text) ?? .null
        case .integer(let bounds):
            if case .integer(let number) = value { checks.range(key, number, bounds) }
            return requiring(value == .null ? nil : value, checks: &checks)
        case .localDate:
            guard let date = text?.trimmedForInput, !date.isEmpty else { return requiring(FieldValue?.none, checks: &checks) }
            if !LocalDate.isValid(date) { checks.add(key, .invalidDate, ["format": "YYYY-MM-DD"]) }
            return .text(date)
        case .money:
            guard case .money(var money) = value else { return value }
            money.currency = money.currency.uppercased()
            checks.money(key, money)
            return .money(money)
        case .instant:
            if case .instant(let instant) = value, !FieldChecks.instantRange.contains(instant) {
                checks.add(key, .outOfRange, ["min": "1900-01-01T00:00:00Z", "max": "2999-12-31T23:59:59Z"])
            }
            return value
        case .place:
            return value
        }
    }

    private func textValue(_ text: String?, max: Int, checks: inout FieldChecks) -> FieldValue {
        if isRequired || !isNullable { return .text(checks.requiredText(key, text ?? "", max: max)) }
        return checks.optionalText(key, text, max: max).map(FieldValue.text) ?? .null
    }

    private func requiring(_ text: String?, checks: inout FieldChecks) -> FieldValue {
        requiring(text.map(FieldValue.text), checks: &checks)
    }

    private func requiring(_ value: FieldValue?, checks: inout FieldChecks) -> FieldValue {
        if value == nil && isRequired { checks.add(key, .required) }
        return value ?? .null
    }
}
