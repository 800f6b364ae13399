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
    public var decisionRole: String?
    /// WeChat ID.
    public var wechat: String?
    /// Free notes.
    public var notes: String?

    /// Creates contact fields.
    public init(
        accountId: String, name: String, mobile: String? = nil, phone: String? = nil, email: String? = nil,
        jobTitle: String? = nil, decisionRole: String? = nil, wechat: String? = nil, notes: String? = nil
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

    /// The normalized contact, or every problem found.
    public func validated() throws(ValidationFailure) -> ContactFields {
        var checks = FieldChecks()
        var result = self
        result.accountId = checks.requiredText("accountId", accountId, max: 64)
        result.name = checks.requiredText("name", name, max: 100)
        result.mobile = checks.phone("mobile", mobile)
        result.phone = checks.phone("phone", phone)
        result.email = checks.email("email", email)
        result.jobTitle = checks.optionalText("jobTitle", jobTitle, max: 100)
        result.decisionRole = checks.choice("decisionRole", decisionRole, in: DecisionRole.rawValues)
        result.wechat = checks.optionalText("wechat", wechat, max: 64)
        result.notes = checks.optionalText("notes", notes, max: 5000)
        try checks.throwIfAny()
        return result
    }

    /// The account this contact belongs to.
    public var references: [RecordReference] {
        var list: [RecordReference] = []
        list.append("accountId", .account, accountId)
        return list
    }

    /// Texts a user may search contacts by.
    public var searchableTexts: [String] {
        [name] + [mobile, phone, email, wechat].compactMap { $0 }
    }
}

/// A contact's part in a buying decision.
public enum DecisionRole: String, Choice {
    case decisionMaker = "decision_maker", influencer, user, gatekeeper
}
