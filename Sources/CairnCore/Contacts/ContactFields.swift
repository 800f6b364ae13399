/// A person at an account.
public struct ContactFields: RecordFields {
    public static let kind = RecordKind.contact

    /// The account the person works at.
    public var accountId: String
    /// Full name as written (Chinese or Latin).
    public var name: String
    /// Mobile, E.164.
    public var mobile: String?
    /// Office phone, E.164.
    public var phone: String?
    /// Email.
    public var email: String?
    /// Job title.
    public var jobTitle: String?
    /// Role in buying decisions.
    public var decisionRole: DecisionRole?
    /// WeChat ID.
    public var wechat: String?
    /// Free notes.
    public var notes: String?

    /// Every field of a contact, declared once.
    public static let fields: [FieldDeclaration<ContactFields>] = [
        .field("accountId", \.accountId, .reference(.account), [.required, .filter]),
        .field("name", \.name, .text(maxLength: 100), [.required, .sort, .search, .personal]),
        .field("mobile", \.mobile, .phone, [.filter, .search, .personal]),
        .field("phone", \.phone, .phone, [.search, .personal]),
        .field("email", \.email, .email, [.filter, .search, .personal]),
        .field("jobTitle", \.jobTitle, .text(maxLength: 100)),
        .field("decisionRole", \.decisionRole, .choice(.cases(of: DecisionRole.self, labels: "decision_role")), [.filter]),
        .field("wechat", \.wechat, .text(maxLength: 64), [.search, .personal]),
        .field("notes", \.notes, .longText(maxLength: 5000)),
    ]

    public static let blank = ContactFields(accountId: "", name: "")

    public init(from decoder: any Decoder) throws { try self.init(declaredFieldsFrom: decoder) }
    public func encode(to encoder: any Encoder) throws { try encodeDeclaredFields(to: encoder) }

    /// Creates contact fields.
    public init(
        accountId: String, name: String, mobile: String? = nil, phone: String? = nil, email: String? = nil,
        jobTitle: String? = nil, decisionRole: DecisionRole? = nil, wechat: String? = nil, notes: String? = nil
    ) {
        self.accountId = accountId
        self.name = name
        self.mobile = mobile
        self.phone = phone
        self.email = email
        self.jobTitle = jobTitle
        self.decisionRole = decisionRole
        self.wechat = wechat
        self.notes = notes
    }

}

/// A contact's part in a buying decision.
public enum DecisionRole: String, Choice {
    case decisionMaker = "decision_maker", influencer, user, gatekeeper
}
