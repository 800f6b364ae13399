/// A lead (线索): a person or company that showed interest and is not yet qualified.
public struct LeadFields: RecordFields {
    public static let kind = RecordKind.lead

    /// The person's name.
    public var name: String
    /// Company the person named.
    public var companyName: String?
    /// Mobile, E.164.
    public var mobile: String?
    /// Other phone, E.164.
    public var phone: String?
    /// Email.
    public var email: String?
    /// Channel the lead came from.
    public var source: String
    /// Where the lead is in qualification.
    public var status: String
    /// What they are interested in.
    public var productInterest: String?
    /// Province.
    public var province: String?
    /// City.
    public var city: String?
    /// Why it was disqualified (required when status is disqualified).
    public var disqualifyReason: String?
    /// The account it was matched or converted to.
    public var accountId: String?
    /// Free notes.
    public var notes: String?

    /// Creates lead fields.
    public init(
        name: String, companyName: String? = nil, mobile: String? = nil, phone: String? = nil,
        email: String? = nil, source: String, status: String = LeadStatus.new.rawValue,
        productInterest: String? = nil, province: String? = nil, city: String? = nil,
        disqualifyReason: String? = nil, accountId: String? = nil, notes: String? = nil
    ) {
        self.name = name
        self.companyName = companyName
        self.mobile = mobile
        self.phone = phone
        self.email = email
        self.source = source
        self.status = status
        self.productInterest = productInterest
        self.province = province
        self.city = city
        self.disqualifyReason = disqualifyReason
        self.accountId = accountId
        self.notes = notes
    }

    /// The normalized lead, or every problem found.
    public func validated() throws(ValidationFailure) -> LeadFields {
        var checks = FieldChecks()
        var result = self
        result.name = checks.requiredText("name", name, max: 100)
        result.companyName = checks.optionalText("companyName", companyName, max: 200)
        result.mobile = checks.phone("mobile", mobile)
        result.phone = checks.phone("phone", phone)
        result.email = checks.email("email", email)
        if result.mobile == nil && result.phone == nil && result.email == nil {
            checks.add("mobile", .required)
        }
        result.source = checks.requiredChoice("source", source, in: LeadSource.allCases.map(\.rawValue))
        result.status = checks.requiredChoice("status", status, in: LeadStatus.rawValues)
        result.productInterest = checks.optionalText("productInterest", productInterest, max: 200)
        let region = ChinaRegionInput.normalize(province: province, city: city, checks: &checks)
        result.province = region.province
        result.city = region.city
        result.disqualifyReason = checks.optionalText("disqualifyReason", disqualifyReason, max: 500)
        if result.status == LeadStatus.disqualified.rawValue && result.disqualifyReason == nil {
            checks.add("disqualifyReason", .required)
        }
        result.accountId = checks.optionalText("accountId", accountId, max: 64)
        result.notes = checks.optionalText("notes", notes, max: 5000)
        try checks.throwIfAny()
        return result
    }

    /// The matched or converted account.
    public var references: [RecordReference] {
        var list: [RecordReference] = []
        list.append("accountId", .account, accountId)
        return list
    }

    /// Texts a user may search leads by.
    public var searchableTexts: [String] {
        [name] + [companyName, mobile, phone, email].compactMap { $0 }
    }
}

/// Where a lead is in qualification.
public enum LeadStatus: String, Choice {
    case new, accepted, qualified, converted, disqualified
}
