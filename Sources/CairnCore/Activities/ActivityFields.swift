import Foundation

/// Something that happened with a customer: a call, visit, WeChat exchange, email, meeting or note.
public struct ActivityFields: RecordFields {
    public static let kind = RecordKind.activity

    /// What kind of interaction.
    public var kind: ActivityKind
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
    public var rating: ActivityRating?
    /// Length in minutes.
    public var durationMinutes: Int?
    /// Who spoke: `outbound` (we reached the customer, the default) or `inbound` (the customer reached us).
    public var direction: ActivityDirection

    /// Every field of an activity, declared once.
    public static let fields: [FieldDeclaration<ActivityFields>] = [
        .field("kind", \.kind, .choice(.cases(of: ActivityKind.self, labels: "activity_kind")), [.required, .filter]),
        .field("subject", \.subject, .longText(maxLength: 2000), [.required, .search]),
        .field("occurredAt", \.occurredAt, .instant, [.sort, .alwaysStored]),
        .field("accountId", \.accountId, .reference(.account), [.filter]),
        .field("contactId", \.contactId, .reference(.contact), [.filter]),
        .field("leadId", \.leadId, .reference(.lead), [.filter]),
        .field("opportunityId", \.opportunityId, .reference(.opportunity), [.filter]),
        .field("rating", \.rating, .choice(.cases(of: ActivityRating.self, labels: "activity_rating")), [.filter]),
        .field("durationMinutes", \.durationMinutes, .integer(0...1440)),
        .field(
            "direction", \.direction, .choice(.cases(of: ActivityDirection.self, labels: "activity_direction")),
            [.filter]),
    ]

    public static let blank = ActivityFields(kind: .note, subject: "")

    public init(from decoder: any Decoder) throws { try self.init(declaredFieldsFrom: decoder) }
    public func encode(to encoder: any Encoder) throws { try encodeDeclaredFields(to: encoder) }

    /// An activity is about an account or a lead.
    public func crossChecked(_ checks: inout FieldChecks) -> ActivityFields {
        if accountId == nil && leadId == nil { checks.add("accountId", .required) }
        return self
    }

    /// Creates activity fields.
    public init(
        kind: ActivityKind, subject: String, occurredAt: Date? = nil, accountId: String? = nil, contactId: String? = nil,
        leadId: String? = nil, opportunityId: String? = nil, rating: ActivityRating? = nil, durationMinutes: Int? = nil,
        direction: ActivityDirection = .outbound
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
