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
    public var source: LeadSource
    /// Where the lead is in qualification.
    public var status: LeadStatus
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

    /// Every field of a lead, declared once.
    public static let fields: [FieldDeclaration<LeadFields>] = [
        .field("name", \.name, .text(maxLength: 100), [.required, .sort, .search, .personal]),
        .field("companyName", \.companyName, .text(maxLength: 200), [.search]),
        .field("mobile", \.mobile, .phone, [.filter, .search, .personal]),
        .field("phone", \.phone, .phone, [.search, .personal]),
        .field("email", \.email, .email, [.filter, .search, .personal]),
        .field("source", \.source, .choice(.leadSources), [.required, .filter]),
        .field("status", \.status, .choice(.cases(of: LeadStatus.self, labels: "lead_status")), [.filter]),
        .field("productInterest", \.productInterest, .text(maxLength: 200)),
        .field("province", \.province, .place(.province), [.filter]),
        .field("city", \.city, .place(.city), [.filter]),
        .field("disqualifyReason", \.disqualifyReason, .text(maxLength: 500)),
        .field("accountId", \.accountId, .reference(.account), [.filter]),
        .field("notes", \.notes, .longText(maxLength: 5000)),
    ]

    public static let blank = LeadFields(name: "", source: .other)

    public init(from decoder: any Decoder) throws { try self.init(declaredFieldsFrom: decoder) }
    public func encode(to encoder: any Encoder) throws { try encodeDeclaredFields(to: encoder) }

    /// A lead can be reached (mobile, phone or email), and a disqualified one says why.
    public func crossChecked(_ checks: inout FieldChecks) -> LeadFields {
        if mobile == nil && phone == nil && email == nil { checks.add("mobile", .required) }
        if status == .disqualified && disqualifyReason == nil { checks.add("disqualifyReason", .required) }
        return self
    }

    /// Creates lead fields.
    public init(
        name: String, companyName: String? = nil, mobile: String? = nil, phone: String? = nil,
        email: String? = nil, source: LeadSource, status: LeadStatus = .new,
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
}

/// Where a lead is in qualification.
public enum LeadStatus: String, Choice {
    case new, accepted, qualified, converted, disqualified
}
