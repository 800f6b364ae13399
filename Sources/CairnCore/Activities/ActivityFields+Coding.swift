import Foundation

extension ActivityFields {
    private enum CodingKeys: String, CodingKey {
        case kind, subject, occurredAt, accountId, contactId, leadId, opportunityId, rating, durationMinutes, direction
    }

    /// Decodes leniently: absent fields take their defaults and validation reports what is missing.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            kind: try c.decodeIfPresent(String.self, forKey: .kind) ?? "",
            subject: try c.decodeIfPresent(String.self, forKey: .subject) ?? "",
            occurredAt: try c.decodeIfPresent(Date.self, forKey: .occurredAt),
            accountId: try c.decodeIfPresent(String.self, forKey: .accountId),
            contactId: try c.decodeIfPresent(String.self, forKey: .contactId),
            leadId: try c.decodeIfPresent(String.self, forKey: .leadId),
            opportunityId: try c.decodeIfPresent(String.self, forKey: .opportunityId),
            rating: try c.decodeIfPresent(String.self, forKey: .rating),
            durationMinutes: try c.decodeIfPresent(Int.self, forKey: .durationMinutes),
            direction: try c.decodeIfPresent(String.self, forKey: .direction) ?? ActivityDirection.outbound.rawValue
        )
    }

    /// Encodes every field, nulls included.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(subject, forKey: .subject)
        try c.encode(occurredAt, forKey: .occurredAt)
        try c.encode(accountId, forKey: .accountId)
        try c.encode(contactId, forKey: .contactId)
        try c.encode(leadId, forKey: .leadId)
        try c.encode(opportunityId, forKey: .opportunityId)
        try c.encode(rating, forKey: .rating)
        try c.encode(durationMinutes, forKey: .durationMinutes)
        try c.encode(direction, forKey: .direction)
    }
}
