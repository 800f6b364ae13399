import Foundation

/// Something that happened with a customer: a call, visit, WeChat exchange, email, meeting or note.
public struct ActivityFields: RecordFields {
    public static let kind = RecordKind.activity

    /// What kind of interaction.
    public var kind: String
    /// One-line summary of what happened.
    public var subject: String
    /// When it happened; the service fills in "now" when absent.
    public var occurredAt: Date?
    /// The account it concerns.
    public var accountId: String?
    /// The contact involved.
    public var contactId: String?
    /// The lead it concerns.
    public var leadId: String?
    /// The opportunity it concerns.
    public var opportunityId: String?
    /// How the customer felt (满意 / 一般 / 不满意).
    public var rating: String?
    /// Length in minutes.
    public var durationMinutes: Int?
    /// Who spoke: `outbound` (we reached the customer, the default) or `inbound` (the customer reached us).
    public var direction: String

    /// Creates activity fields.
    public init(
        kind: String, subject: String, occurredAt: Date? = nil, accountId: String? = nil, contactId: String? = nil,
        leadId: String? = nil, opportunityId: String? = nil, rating: String? = nil, durationMinutes: Int? = nil,
        direction: String = ActivityDirection.outbound.rawValue
    ) {
        self.kind = kind
        self.subject = subject
        self.occurredAt = occurredAt
        self.accountId = accountId
        self.contactId = contactId
        self.leadId = leadId
        self.opportunityId = opportunityId
        self.rating = rating
        self.durationMinutes = durationMinutes
        self.direction = direction
    }

    /// The normalized activity, or every problem found.
    public func validated() throws(ValidationFailure) -> ActivityFields {
        var checks = FieldChecks()
        var result = self
        result.kind = checks.requiredChoice("kind", kind, in: ActivityKind.rawValues)
        result.subject = checks.requiredText("subject", subject, max: 2000)
        result.accountId = checks.optionalText("accountId", accountId, max: 64)
        result.contactId = checks.optionalText("contactId", contactId, max: 64)
        result.leadId = checks.optionalText("leadId", leadId, max: 64)
        result.opportunityId = checks.optionalText("opportunityId", opportunityId, max: 64)
        if result.accountId == nil && result.leadId == nil {
            checks.add("accountId", .required)
        }
        result.rating = checks.choice("rating", rating, in: ActivityRating.rawValues)
        checks.range("durationMinutes", durationMinutes, 0...1440)
        result.direction = checks.requiredChoice("direction", direction, in: ActivityDirection.rawValues)
        try checks.throwIfAny()
        return result
    }

    /// Everything the activity points at.
    public var references: [RecordReference] {
        var list: [RecordReference] = []
        list.append("accountId", .account, accountId)
        list.append("contactId", .contact, contactId)
        list.append("leadId", .lead, leadId)
        list.append("opportunityId", .opportunity, opportunityId)
        return list
    }

    /// Texts a user may search activities by.
    public var searchableTexts: [String] { [subject] }
}

/// The kinds of interaction Cairn records.
public enum ActivityKind: String, Choice {
    case call, visit, wechat, email, meeting, note
}

/// How the customer rated an interaction: 满意 / 一般 / 不满意.
public enum ActivityRating: String, Choice {
    case satisfied, neutral, dissatisfied
}

/// Whether the customer or the salesperson started an activity.
public enum ActivityDirection: String, Choice {
    case outbound, inbound
}
