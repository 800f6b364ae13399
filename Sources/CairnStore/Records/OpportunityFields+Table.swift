import CairnCore

extension OpportunityFields: RecordTable {
    public static let table = "opportunities"
    public static let fieldColumns = [
        "account_id", "contact_id", "name", "amount_minor", "currency", "pipeline_id", "stage", "probability",
        "expected_close_date", "loss_reason", "notes",
    ]
    public static var filterFields: [String: String] {
        stampFilters.merging([
            "accountId": "account_id", "contactId": "contact_id", "pipelineId": "pipeline_id", "stage": "stage",
            "lossReason": "loss_reason",
        ]) { first, _ in first }
    }
    public static var sortFields: [String: SortColumn] {
        stampSorts.merging([
            "name": .text("name"), "amount": .integer("amount_minor"),
            "expectedCloseDate": .nullableText("expected_close_date"),
        ]) { first, _ in first }
    }

    public func columnValues() -> [any Encodable & Sendable] {
        [
            accountId, contactId, name, amount.minorUnits, amount.currency, pipelineId, stage, probability,
            expectedCloseDate, lossReason, notes,
        ]
    }

    public init(row: RowReader) throws {
        self.init(
            accountId: try row.string("account_id"), contactId: try row.optionalString("contact_id"),
            name: try row.string("name"),
            amount: Money(minorUnits: Int64(try row.int("amount_minor")), currency: try row.string("currency")),
            pipelineId: try row.string("pipeline_id"), stage: try row.string("stage"),
            probability: try row.int("probability"), expectedCloseDate: try row.optionalString("expected_close_date"),
            lossReason: try row.optionalString("loss_reason"), notes: try row.optionalString("notes"))
    }
}
