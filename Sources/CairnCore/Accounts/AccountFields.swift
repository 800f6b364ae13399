/// An account (企业客户): the company everything else hangs on.
public struct AccountFields: RecordFields {
    public static let kind = RecordKind.account

    /// Registered company name.
    public var name: String
    /// Other names the company goes by (short names, English names).
    public var aliases: [String] = []
    /// Unified social credit code, validated with its check digit.
    public var creditCode: String?
    /// Main phone, E.164.
    public var phone: String?
    /// Main email.
    public var email: String?
    /// Web site.
    public var website: String?
    /// GB/T 4754 industry section letter (A–T).
    public var industry: String?
    /// Province (official name when it is a Chinese one).
    public var province: String?
    /// City.
    public var city: String?
    /// Street address.
    public var address: String?
    /// Channel the account came from.
    public var source: LeadSource?
    /// Tier (S, A, B, C).
    public var tier: AccountTier?
    /// Lifecycle status.
    public var status: AccountStatus
    /// Typical days from first contact to purchase.
    public var purchaseCycleDays: Int?
    /// How many people the company employs.
    public var employeeCount: Int? = nil
    /// Free notes.
    public var notes: String?

    /// Every field of an account, declared once.
    public static let fields: [FieldDeclaration<AccountFields>] = [
        .field("name", \.name, .text(maxLength: 200), [.required, .sort, .search]),
        .field("aliases", \.aliases, .textList(maxItems: 20, maxLength: 200), [.search]),
        .field("creditCode", \.creditCode, .creditCode, [.filter, .search, .unique]),
        .field("phone", \.phone, .phone, [.filter, .search]),
        .field("email", \.email, .email, [.filter, .search]),
        .field("website", \.website, .url),
        .field("industry", \.industry, .choice(.industries), [.filter]),
        .field("province", \.province, .place(.province), [.filter]),
        .field("city", \.city, .place(.city), [.filter]),
        .field("address", \.address, .text(maxLength: 500)),
        .field("source", \.source, .choice(.leadSources), [.filter]),
        .field("tier", \.tier, .choice(.cases(of: AccountTier.self, labels: "account_tier", isUpperCased: true)), [.filter]),
        .field("status", \.status, .choice(.cases(of: AccountStatus.self, labels: "account_status")), [.filter]),
        .field("purchaseCycleDays", \.purchaseCycleDays, .integer(0...3650)),
        .field("employeeCount", \.employeeCount, .integer(0...10_000_000), [.filter, .sort]),
        .field("notes", \.notes, .longText(maxLength: 5000)),
    ]

    public static let blank = AccountFields(name: "")

    /// Creates account fields; only the name is required.
    public init(
        name: String, aliases: [String] = [], creditCode: String? = nil, phone: String? = nil,
        email: String? = nil, website: String? = nil, industry: String? = nil, province: String? = nil,
        city: String? = nil, address: String? = nil, source: LeadSource? = nil, tier: AccountTier? = nil,
        status: AccountStatus = .prospect, purchaseCycleDays: Int? = nil, notes: String? = nil
    ) {
        self.name = name
        self.aliases = aliases
        self.creditCode = creditCode
        self.phone = phone
        self.email = email
        self.website = website
        self.industry = industry
        self.province = province
        self.city = city
        self.address = address
        self.source = source
        self.tier = tier
        self.status = status
        self.purchaseCycleDays = purchaseCycleDays
        self.notes = notes
    }

    public init(from decoder: any Decoder) throws { try self.init(declaredFieldsFrom: decoder) }
    public func encode(to encoder: any Encoder) throws { try encodeDeclaredFields(to: encoder) }

    /// Fields a complete customer profile has and this one still lacks, in the order a form shows them (quick add
    /// takes three fields; the account page asks for the rest).
    public var missingProfileFields: [String] {
        let present: [(String, Bool)] = [
            ("creditCode", creditCode != nil), ("phone", phone != nil), ("email", email != nil),
            ("industry", industry != nil), ("province", province != nil), ("city", city != nil),
            ("address", address != nil), ("source", source != nil), ("tier", tier != nil),
        ]
        return present.filter { !$0.1 }.map(\.0)
    }
}

/// Where an account is in its life with us.
public enum AccountStatus: String, Choice {
    case prospect, active, dormant, churned
}

/// Expected value band.
public enum AccountTier: String, Choice {
    case s = "S", a = "A", b = "B", c = "C"
}
