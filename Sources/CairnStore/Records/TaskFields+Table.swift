import CairnCore
import Foundation

extension TaskFields: RecordTable {
    public static let table = "tasks"
    public static let fieldColumns = [
        "title", "description", "due_at", "status", "priority", "account_id", "contact_id", "lead_id",
        "opportunity_id", "completed_at",
    ]
    public static var filterFields: [String: String] {
        stampFilters.merging([
            "status": "status", "priority": "priority", "accountId": "account_id", "contactId": "contact_id",
            "leadId": "lead_id", "opportunityId": "opportunity_id",
        ]) { first, _ in first }
    }
    public static var sortFields: [String: SortColumn] {
        stampSorts.merging(["dueAt": .nullableInteger("due_at"), "title": .text("title")]) { first, _ in first }
    }

    public func columnValues() -> [any Encodable & Sendable] {
        [
            title, description, dueAt?.stored, status, priority, accountId, contactId, leadId, opportunityId,
            completedAt?.stored,
        ]
    }

    public init(row: RowReader) throws {
        self.init(
            title: try row.string("title"), description: try row.optionalString("description"),
            dueAt: try row.optionalDate("due_at"), status: try row.string("status"),
            priority: try row.string("priority"), accountId: try row.optionalString("account_id"),
            contactId: try row.optionalString("contact_id"), leadId: try row.optionalString("lead_id"),
            opportunityId: try row.optionalString("opportunity_id"), completedAt: try row.optionalDate("completed_at"))
    }
}
