import Foundation

/// A to-do for a user, usually about an account, lead or opportunity.
public struct TaskFields: RecordFields {
    public static let kind = RecordKind.task

    /// What to do.
    public var title: String
    /// Details.
    public var description: String?
    /// When it is due.
    public var dueAt: Date?
    /// Open, done or cancelled.
    public var status: TaskStatus
    /// Low, normal or high.
    public var priority: TaskPriority
    /// The account it concerns.
    public var accountId: String?
    /// The contact it concerns.
    public var contactId: String?
    /// The lead it concerns.
    public var leadId: String?
    /// The opportunity it concerns.
    public var opportunityId: String?
    /// When it was completed; set by the service when the status becomes done.
    public var completedAt: Date?

    /// Every field of a task, declared once.
    public static let fields: [FieldDeclaration<TaskFields>] = [
        .field("title", \.title, .text(maxLength: 200), [.required, .sort, .search]),
        .field("description", \.description, .longText(maxLength: 5000)),
        .field("dueAt", \.dueAt, .instant, [.sort]),
        .field("status", \.status, .choice(.cases(of: TaskStatus.self, labels: "task_status")), [.filter]),
        .field(
            "priority", \.priority, .choice(.cases(of: TaskPriority.self, labels: "task_priority")), [.filter]),
        .field("accountId", \.accountId, .reference(.account), [.filter]),
        .field("contactId", \.contactId, .reference(.contact), [.filter]),
        .field("leadId", \.leadId, .reference(.lead), [.filter]),
        .field("opportunityId", \.opportunityId, .reference(.opportunity), [.filter]),
        .field("completedAt", \.completedAt, .instant, [.output]),
    ]

    public static let blank = TaskFields(title: "")

    public init(from decoder: any Decoder) throws { try self.init(declaredFieldsFrom: decoder) }
    public func encode(to encoder: any Encoder) throws { try encodeDeclaredFields(to: encoder) }

    /// Creates task fields.
    public init(
        title: String, description: String? = nil, dueAt: Date? = nil, status: TaskStatus = .open,
        priority: TaskPriority = .normal, accountId: String? = nil, contactId: String? = nil,
        leadId: String? = nil, opportunityId: String? = nil, completedAt: Date? = nil
    ) {
        self.title = title
        self.description = description
        self.dueAt = dueAt
        self.status = status
        self.priority = priority
        self.accountId = accountId
        self.contactId = contactId
        self.leadId = leadId
        self.opportunityId = opportunityId
        self.completedAt = completedAt
    }

    /// Texts a user may search tasks by.
    public var searchableTexts: [String] { [title] }
}

/// Where a task stands.
public enum TaskStatus: String, Choice {
    case open, done, cancelled
}

/// How urgent a task is.
public enum TaskPriority: String, Choice {
    case low, normal, high
}
