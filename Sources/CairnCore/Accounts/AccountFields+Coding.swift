extension AccountFields {
    private enum CodingKeys: String, CodingKey {
        case name, aliases, creditCode, phone, email, website, industry, province, city, address, source, tier
        case status, purchaseCycleDays, notes
    }

    /// Decodes leniently: absent fields take their defaults and validation reports what is missing.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try c.decodeIfPresent(String.self, forKey: .name) ?? "",
            aliases: try c.decodeIfPresent([String].self, forKey: .aliases) ?? [],
            creditCode: try c.decodeIfPresent(String.self, forKey: .creditCode),
            phone: try c.decodeIfPresent(String.self, forKey: .phone),
            email: try c.decodeIfPresent(String.self, forKey: .email),
            website: try c.decodeIfPresent(String.self, forKey: .website),
            industry: try c.decodeIfPresent(String.self, forKey: .industry),
            province: try c.decodeIfPresent(String.self, forKey: .province),
            city: try c.decodeIfPresent(String.self, forKey: .city),
            address: try c.decodeIfPresent(String.self, forKey: .address),
            source: try c.decodeIfPresent(String.self, forKey: .source),
            tier: try c.decodeIfPresent(String.self, forKey: .tier),
            status: try c.decodeIfPresent(String.self, forKey: .status) ?? AccountStatus.prospect.rawValue,
            purchaseCycleDays: try c.decodeIfPresent(Int.self, forKey: .purchaseCycleDays),
            notes: try c.decodeIfPresent(String.self, forKey: .notes)
        )
    }

    /// Encodes every field, nulls included, so clients see the full shape.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(aliases, forKey: .aliases)
        try c.encode(creditCode, forKey: .creditCode)
        try c.encode(phone, forKey: .phone)
        try c.encode(email, forKey: .email)
        try c.encode(website, forKey: .website)
        try c.encode(industry, forKey: .industry)
        try c.encode(province, forKey: .province)
        try c.encode(city, forKey: .city)
        try c.encode(address, forKey: .address)
        try c.encode(source, forKey: .source)
        try c.encode(tier, forKey: .tier)
        try c.encode(status, forKey: .status)
        try c.encode(purchaseCycleDays, forKey: .purchaseCycleDays)
        try c.encode(notes, forKey: .notes)
    }
}
