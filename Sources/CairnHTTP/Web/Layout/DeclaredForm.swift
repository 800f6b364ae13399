import CairnCore
import CairnServices

/// Forms made from field declarations: one labelled control per declared field, chosen by its type, and the
/// posted form read back into fields — so a declared field appears in its kind's forms without page code.
enum DeclaredForm {
    /// The declarations a form shows: the given keys in that order, or every field users give.
    static func shown<Fields: RecordFields>(_: Fields.Type, only keys: [String]? = nil) -> [FieldDeclaration<Fields>] {
        guard let keys else { return Fields.fields.filter(\.isInput) }
        return keys.compactMap { key in Fields.fields.first { $0.key == key && $0.isInput } }
    }

    /// The controls of `shown` fields, holding what was typed after a refused post, else the record's values.
    static func controls<Fields: RecordFields>(
        _ fields: Fields, shown declarations: [FieldDeclaration<Fields>], typed: FormFields?, errors: FormErrors,
        chrome: PageChrome, idPrefix: String
    ) -> HTMLNode {
        .fragment(
            declarations.map { field in
                // A stored phone is shown as people write it (138 0013 8000), not as stored (+8613800138000).
                let stored = formText(field.value(in: fields))
                let isPhone: Bool = if case .phone = field.type { true } else { false }
                let shown = isPhone && !stored.isEmpty ? DisplayFormat.phone(stored) : stored
                let value = typed.map { $0[field.key] ?? "" } ?? shown
                return control(field, value: value, errors: errors, chrome: chrome, idPrefix: idPrefix)
            })
    }

    private static func control<Fields>(
        _ field: FieldDeclaration<Fields>, value: String, errors: FormErrors, chrome: PageChrome, idPrefix: String
    ) -> HTMLNode {
        let caption = chrome.text(field.labelKey)
        let hint = field.helpKey.map { chrome.text($0) }
        let language = chrome.web.language
        switch field.type {
        case .choice(let list) where !list.isOpen:
            return FormControls.selectField(
                field.key, label: caption, options: list.values.map { ($0, list.label($0, language)) }, selected: value,
                errors: errors, blank: field.isRequired ? nil : chrome.text("web.none"), idPrefix: idPrefix)
        case .place(.province):
            return FormControls.selectField(
                field.key, label: caption, options: AccountChoices.provinces(language), selected: value, errors: errors,
                blank: chrome.text("web.none"), idPrefix: idPrefix)
        case .longText:
            return FormControls.textArea(field.key, label: caption, value: value, errors: errors, idPrefix: idPrefix)
        case .textList:
            return FormControls.textArea(
                field.key, label: caption, value: value, errors: errors, idPrefix: idPrefix,
                hint: hint ?? chrome.text("web.form.one_per_line"))
        default:
            return FormControls.textField(
                field.key, label: caption, value: value, errors: errors, type: inputType(field.type),
                isRequired: field.isRequired, idPrefix: idPrefix, hint: hint)
        }
    }

    private static func inputType(_ type: FieldType) -> String {
        switch type {
        case .phone: "tel"
        case .email: "email"
        case .integer: "number"
        case .localDate: "date"
        default: "text"
        }
    }

    /// A stored value as a form shows it.
    static func formText(_ value: FieldValue) -> String {
        switch value {
        case .null: ""
        case .text(let text): text
        case .texts(let texts): texts.joined(separator: "\n")
        case .integer(let number): String(number)
        case .instant(let date): RecordJSON.format(date)
        case .money(let money): money.amountText
        }
    }

    /// The current fields with the posted values of `shown` fields put over them (fields the form does not show,
    /// or that were not posted, are kept). A value that cannot be read (letters in a number) is refused with every other problem the
    /// fields have, so the person sees them all at once.
    static func read<Fields: RecordFields>(
        _ form: FormFields, over current: Fields, shown declarations: [FieldDeclaration<Fields>]
    ) throws -> Fields {
        var result = current
        var unreadable: [FieldError] = []
        for field in declarations {
            guard let text = form[field.key] else { continue }
            switch field.storage {
            case .text:
                if let problem = field.accept(.text(text), in: &result) { unreadable.append(problem) }
            case .texts:
                field.set(.texts(text.split(whereSeparator: \.isNewline).map(String.init)), in: &result)
            case .integer:
                let trimmed = text.trimmedForInput
                if trimmed.isEmpty {
                    field.set(.null, in: &result)
                } else if let number = Int(trimmed) {
                    field.set(.integer(number), in: &result)
                } else {
                    unreadable.append(FieldError(field: field.key, code: .invalidType, parameters: ["expected": "integer"]))
                }
            case .instant, .money:
                continue
            }
        }
        guard unreadable.isEmpty else { throw ServiceError.validation(result.problems(besides: unreadable)) }
        return result
    }
}
