import CairnCore

extension LeadFields: RecordTable {
    public static let table = "leads"
    public static let fieldColumns = [
        "name", "company_name", "mobile", "phone", "email", "source", "status", "product_interest", "province",
        "city", "disqualify_reason", "account_id", "notes",
    ]
    public static var filterFields: [String: String] {
        stampFilters.merging([
            "source": "source", "status": "status", "province": "province", "city": "city",
            "accountId": "account_id", "mobile": "mobile", "email": "email",
        ]) { first, _ in first }
    }
    public static var sortFields: [String: SortColumn] {
        stampSorts.merging(["name": .text("name")]) { first, _ in first }
    }

    public func columnValues() -> [any Encodable & Sendable] {
        [
            name, companyName, mobile, phone, email, source, status, productInterest, province, city,
            disqualifyReason, accountId, notes,
        ]
    }

    public init(row: RowReader) throws {
        self.init(
            name: try row.string("name"), companyName: try row.optionalString("company_name"),
            mobile: try row.optionalString("mobile"), phone: try row.optionalString("phone"),
            email: try row.optionalString("email"), source: try row.string("source"),
            status: try row.string("status"), productInterest: try row.optionalString("product_interest"),
            province: try row.optionalString("province"), city: try row.optionalString("city"),
            disqualifyReason: try row.optionalString("disqualify_reason"),
            accountId: try row.optionalString("account_id"), notes: try row.optionalString("notes"))
    }
}
