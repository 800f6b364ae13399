import Foundation

extension TaskFields {
    private enum CodingKeys: String, CodingKey {
        case title, description, dueAt, status, priority, accountId, contactId, leadId, opportunityId, completedAt
    }

    /// Decodes leniently: absent fields take their defaults; `completedAt` is output only and ignored.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            title: try c.decodeIfPresent(String.self, forKey: .title) ?? "",
            description: try c.decodeIfPresent(String.self, forKey: .description),
            dueAt: try c.decodeIfPresent(Date.self, forKey: .dueAt),
            status: try c.decodeIfPresent(String.self, forKey: .status) ?? TaskStatus.open.rawValue,
            priority: try c.decodeIfPresent(String.self, forKey: .priority) ?? TaskPriority.normal.rawValue,
            accountId: try c.decodeIfPresent(String.self, forKey: .accountId),
            contactId: try c.decodeIfPresent(String.self, forKey: .contactId),
            leadId: try c.decodeIfPresent(String.self, forKey: .leadId),
            opportunityId: try c.decodeIfPresent(String.self, forKey: .opportunityId)
        )
    }

    /// Encodes every field, nulls included.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        try c.encode(description, forKey: .description)
        try c.encode(dueAt, forKey: .dueAt)
        try c.encode(status, forKey: .status)
        try c.encode(priority, forKey: .priority)
        try c.encode(accountId, forKey: .accountId)
        try c.encode(contactId, forKey: .contactId)
        try c.encode(leadId, forKey: .leadId)
        try c.encode(opportunityId, forKey: .opportunityId)
        try c.encode(completedAt, forKey: .completedAt)
    }
}
