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
    public var status: String
    /// Low, normal or high.
    public var priority: String
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

    /// Creates task fields.
    public init(
        title: String, description: String? = nil, dueAt: Date? = nil, status: String = TaskStatus.open.rawValue,
        priority: String = TaskPriority.normal.rawValue, accountId: String? = nil, contactId: String? = nil,
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

    /// The normalized task, or every problem found.
    public func validated() throws(ValidationFailure) -> TaskFields {
        var checks = FieldChecks()
        var result = self
        result.title = checks.requiredText("title", title, max: 200)
        result.description = checks.optionalText("description", description, max: 5000)
        result.status = checks.requiredChoice("status", status, in: TaskStatus.rawValues)
        result.priority = checks.requiredChoice("priority", priority, in: TaskPriority.rawValues)
        result.accountId = checks.optionalText("accountId", accountId, max: 64)
        result.contactId = checks.optionalText("contactId", contactId, max: 64)
        result.leadId = checks.optionalText("leadId", leadId, max: 64)
        result.opportunityId = checks.optionalText("opportunityId", opportunityId, max: 64)
        try checks.throwIfAny()
        return result
    }

    /// Everything the task points at.
    public var references: [RecordReference] {
        var list: [RecordReference] = []
        list.append("accountId", .account, accountId)
        list.append("contactId", .contact, contactId)
        list.append("leadId", .lead, leadId)
        list.append("opportunityId", .opportunity, opportunityId)
        return list
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
