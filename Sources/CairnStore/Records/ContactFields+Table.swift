import CairnCore

extension ContactFields: RecordTable {
    public static let table = "contacts"
    public static let fieldColumns = [
        "account_id", "name", "mobile", "phone", "email", "job_title", "decision_role", "wechat", "notes",
    ]
    public static var filterFields: [String: String] {
        stampFilters.merging([
            "accountId": "account_id", "decisionRole": "decision_role", "mobile": "mobile", "email": "email",
        ]) { first, _ in first }
    }
    public static var sortFields: [String: SortColumn] {
        stampSorts.merging(["name": .text("name")]) { first, _ in first }
    }

    public func columnValues() -> [any Encodable & Sendable] {
        [accountId, name, mobile, phone, email, jobTitle, decisionRole, wechat, notes]
    }

    public init(row: RowReader) throws {
        self.init(
            accountId: try row.string("account_id"), name: try row.string("name"),
            mobile: try row.optionalString("mobile"), phone: try row.optionalString("phone"),
            email: try row.optionalString("email"), jobTitle: try row.optionalString("job_title"),
            decisionRole: try row.optionalString("decision_role"), wechat: try row.optionalString("wechat"),
            notes: try row.optionalString("notes"))
    }
}
