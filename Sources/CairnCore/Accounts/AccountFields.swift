/// An account (企业客户): the company everything else hangs on.
public struct AccountFields: RecordFields {
    public static let kind = RecordKind.account

    /// Registered company name.
    public var name: String
    /// Other names the company goes by (short names, English names).
    public var aliases: [String]
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
    public var source: String?
    /// Tier (S, A, B, C).
    public var tier: String?
    /// Lifecycle status.
    public var status: String
    /// Typical days from first contact to purchase.
    public var purchaseCycleDays: Int?
    /// Free notes.
    public var notes: String?

    /// Creates account fields; only the name is required.
    public init(
        name: String, aliases: [String] = [], creditCode: String? = nil, phone: String? = nil,
        email: String? = nil, website: String? = nil, industry: String? = nil, province: String? = nil,
        city: String? = nil, address: String? = nil, source: String? = nil, tier: String? = nil,
        status: String = AccountStatus.prospect.rawValue, purchaseCycleDays: Int? = nil, notes: String? = nil
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

    /// Texts a user may search accounts by.
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

    public var searchableTexts: [String] {
        [name] + aliases + [creditCode, phone, email].compactMap { $0 }
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
