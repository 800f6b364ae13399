extension ContactFields {
    private enum CodingKeys: String, CodingKey {
        case accountId, name, mobile, phone, email, jobTitle, decisionRole, wechat, notes
    }

    /// Decodes leniently: absent fields take their defaults and validation reports what is missing.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            accountId: try c.decodeIfPresent(String.self, forKey: .accountId) ?? "",
            name: try c.decodeIfPresent(String.self, forKey: .name) ?? "",
            mobile: try c.decodeIfPresent(String.self, forKey: .mobile),
            phone: try c.decodeIfPresent(String.self, forKey: .phone),
            email: try c.decodeIfPresent(String.self, forKey: .email),
            jobTitle: try c.decodeIfPresent(String.self, forKey: .jobTitle),
            decisionRole: try c.decodeIfPresent(String.self, forKey: .decisionRole),
            wechat: try c.decodeIfPresent(String.self, forKey: .wechat),
            notes: try c.decodeIfPresent(String.self, forKey: .notes)
        )
    }

    /// Encodes every field, nulls included.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(accountId, forKey: .accountId)
        try c.encode(name, forKey: .name)
        try c.encode(mobile, forKey: .mobile)
        try c.encode(phone, forKey: .phone)
        try c.encode(email, forKey: .email)
        try c.encode(jobTitle, forKey: .jobTitle)
        try c.encode(decisionRole, forKey: .decisionRole)
        try c.encode(wechat, forKey: .wechat)
        try c.encode(notes, forKey: .notes)
    }
}
