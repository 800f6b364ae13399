/// What a field holds, which decides how it is checked, stored, shown in a form and described in the API.
public enum FieldType: Sendable {
    /// One line of text.
    case text(maxLength: Int)
    /// Several lines of text (notes, descriptions).
    case longText(maxLength: Int)
    /// A list of one-line texts; blank entries are dropped.
    case textList(maxItems: Int, maxLength: Int)
    /// A phone number, stored in E.164.
    case phone
    /// An email address, stored lower-case.
    case email
    /// A unified social credit code, stored in its canonical form.
    case creditCode
    /// One of a list of values.
    case choice(ChoiceList)
    /// A whole number within bounds.
    case integer(ClosedRange<Int>)
    /// The id of another record, which must exist and be visible.
    case reference(RecordKind)
    /// A calendar date as `YYYY-MM-DD`.
    case localDate
    /// An instant.
    case instant
    /// An amount with its currency; the currency has its own column.
    case money(currencyColumn: String)
    /// A Chinese province or city, typed freely and normalized to the official name when it is a known one.
    case place(PlacePart)
    /// A web address (http or https only); a bare host gets `https://`.
    case url

    /// The longest text a text-like field takes.
    public var maxLength: Int? {
        switch self {
        case .text(let max), .longText(let max): max
        case .textList(_, let max): max
        case .email: 254
        case .reference: 64
        case .place: 50
        case .url: 300
        case .choice(let list) where list.isOpen: list.maxLength
        default: nil
        }
    }
}

/// Which part of a place a field holds.
public enum PlacePart: Sendable {
    case province, city
}

/// The values a choice field offers, and how each reads in a language.
public struct ChoiceList: Sendable {
    /// The allowed values (stored and API form), in the order forms offer them.
    public let values: [String]
    /// Whether input is upper-cased before it is compared (tiers, industry letters).
    public let isUpperCased: Bool
    /// Whether other values are accepted too (the values are suggestions), up to `maxLength` characters.
    public let isOpen: Bool
    /// The longest value of an open list.
    public let maxLength: Int
    /// A value's label in a language.
    public let label: @Sendable (String, Language) -> String

    /// A list of values labelled by a function.
    public init(
        values: [String], isUpperCased: Bool = false, isOpen: Bool = false, maxLength: Int = 64,
        label: @escaping @Sendable (String, Language) -> String
    ) {
        self.values = values
        self.isUpperCased = isUpperCased
        self.isOpen = isOpen
        self.maxLength = maxLength
        self.label = label
    }

    /// The cases of a choice enum, labelled from the catalogs (`choice.<group>.<value>`, the value when missing).
    public static func cases<Values: Choice>(
        of _: Values.Type, labels group: String, isUpperCased: Bool = false
    )
        -> ChoiceList
    {
        ChoiceList(values: Values.rawValues, isUpperCased: isUpperCased) { value, language in
            let key = "choice.\(group).\(value)"
            let text = MessageCatalog.text(key, language)
            return text == key ? value : text
        }
    }
}
