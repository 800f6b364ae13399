import CairnCore
import Foundation

extension ActivityFields: RecordTable {
    public static let table = "activities"
    public static let fieldColumns = [
        "kind", "subject", "occurred_at", "account_id", "contact_id", "lead_id", "opportunity_id", "rating",
        "duration_minutes", "direction",
    ]
    public static var filterFields: [String: String] {
        stampFilters.merging([
            "kind": "kind", "accountId": "account_id", "contactId": "contact_id", "leadId": "lead_id",
            "opportunityId": "opportunity_id", "rating": "rating", "direction": "direction",
        ]) { first, _ in first }
    }
    public static var sortFields: [String: SortColumn] {
        stampSorts.merging(["occurredAt": .integer("occurred_at")]) { first, _ in first }
    }

    public func columnValues() -> [any Encodable & Sendable] {
        [
            kind, subject, (occurredAt ?? Date(epochMilliseconds: 0)).stored, accountId, contactId, leadId,
            opportunityId, rating, durationMinutes, direction,
        ]
    }

    public init(row: RowReader) throws {
        self.init(
            kind: try row.string("kind"), subject: try row.string("subject"), occurredAt: try row.date("occurred_at"),
            accountId: try row.optionalString("account_id"), contactId: try row.optionalString("contact_id"),
            leadId: try row.optionalString("lead_id"), opportunityId: try row.optionalString("opportunity_id"),
            rating: try row.optionalString("rating"), durationMinutes: try row.optionalInt("duration_minutes"),
            direction: try row.string("direction"))
    }
}
