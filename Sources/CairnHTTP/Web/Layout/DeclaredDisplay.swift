import CairnCore

/// Declared fields as a person reads them, in their language: what a record page lists and a merge review compares,
/// so a declared field is shown without page code.
enum DeclaredDisplay {
    /// Every declared field but the name (the page's heading) with its value as text, in declaration order.
    static func facts<Fields: RecordFields>(_ fields: Fields, _ language: Language) -> [(field: String, value: String)] {
        Fields.fields.filter { $0.key != "name" }.map { ($0.key, text(of: $0, in: fields, language)) }
    }

    /// One field's value as text (empty when it has none).
    static func text<Fields: RecordFields>(
        of field: FieldDeclaration<Fields>, in fields: Fields, _ language: Language
    )
        -> String
    {
        let value = field.value(in: fields)
        guard case .text(let text) = value else {
            switch value {
            case .texts(let texts): return DisplayFormat.list(texts, language)
            case .integer(let number): return String(number)
            case .instant(let date): return DisplayFormat.dateTime(date)
            case .money(let money): return DisplayFormat.money(money)
            case .null, .text: return ""
            }
        }
        switch field.type {
        case .choice(let list): return list.label(text, language)
        case .phone: return DisplayFormat.phone(text)
        case .place(.province): return AccountChoices.provinceName(text, language)
        case .place(.city):
            let provinceName: String? =
                if case .text(let name)? = Fields.placeField(.province)?.value(in: fields) { name } else { nil }
            return AccountChoices.cityName(text, province: provinceName, language)
        default: return text
        }
    }
}
