extension LeadFields {
    private enum CodingKeys: String, CodingKey {
        case name, companyName, mobile, phone, email, source, status, productInterest, province, city
        case disqualifyReason, accountId, notes
    }

    /// Decodes leniently: absent fields take their defaults and validation reports what is missing.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try c.decodeIfPresent(String.self, forKey: .name) ?? "",
            companyName: try c.decodeIfPresent(String.self, forKey: .companyName),
            mobile: try c.decodeIfPresent(String.self, forKey: .mobile),
            phone: try c.decodeIfPresent(String.self, forKey: .phone),
            email: try c.decodeIfPresent(String.self, forKey: .email),
            source: try c.decodeIfPresent(String.self, forKey: .source) ?? "",
            status: try c.decodeIfPresent(String.self, forKey: .status) ?? LeadStatus.new.rawValue,
            productInterest: try c.decodeIfPresent(String.self, forKey: .productInterest),
            province: try c.decodeIfPresent(String.self, forKey: .province),
            city: try c.decodeIfPresent(String.self, forKey: .city),
            disqualifyReason: try c.decodeIfPresent(String.self, forKey: .disqualifyReason),
            accountId: try c.decodeIfPresent(String.self, forKey: .accountId),
            notes: try c.decodeIfPresent(String.self, forKey: .notes)
        )
    }

    /// Encodes every field, nulls included.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(companyName, forKey: .companyName)
        try c.encode(mobile, forKey: .mobile)
        try c.encode(phone, forKey: .phone)
        try c.encode(email, forKey: .email)
        try c.encode(source, forKey: .source)
        try c.encode(status, forKey: .status)
        try c.encode(productInterest, forKey: .productInterest)
        try c.encode(province, forKey: .province)
        try c.encode(city, forKey: .city)
        try c.encode(disqualifyReason, forKey: .disqualifyReason)
        try c.encode(accountId, forKey: .accountId)
        try c.encode(notes, forKey: .notes)
    }
}
