import CairnCore

extension AccountFields: RecordTable {
    public static let table = "accounts"
    public static let fieldColumns = [
        "name", "aliases", "credit_code", "phone", "email", "website", "industry", "province", "city", "address",
        "source", "tier", "status", "purchase_cycle_days", "notes",
    ]
    public static var filterFields: [String: String] {
        stampFilters.merging([
            "industry": "industry", "province": "province", "city": "city", "source": "source", "tier": "tier",
            "status": "status", "creditCode": "credit_code", "phone": "phone", "email": "email",
        ]) { first, _ in first }
    }
    public static var sortFields: [String: SortColumn] {
        stampSorts.merging(["name": .text("name")]) { first, _ in first }
    }

    /// A complete, valid credit code is looked up in its indexed column.
    public static func exactSearch(_ text: String) -> (column: String, value: String)? {
        CreditCode(text).map { ("credit_code", $0.value) }
    }

    public func columnValues() -> [any Encodable & Sendable] {
        [
            name, aliases.jsonText, creditCode, phone, email, website, industry, province, city, address, source, tier,
            status, purchaseCycleDays, notes,
        ]
    }

    public init(row: RowReader) throws {
        self.init(
            name: try row.string("name"), aliases: try row.stringArray("aliases"),
            creditCode: try row.optionalString("credit_code"), phone: try row.optionalString("phone"),
            email: try row.optionalString("email"), website: try row.optionalString("website"),
            industry: try row.optionalString("industry"), province: try row.optionalString("province"),
            city: try row.optionalString("city"), address: try row.optionalString("address"),
            source: try row.optionalString("source"), tier: try row.optionalString("tier"),
            status: try row.string("status"), purchaseCycleDays: try row.optionalInt("purchase_cycle_days"),
            notes: try row.optionalString("notes"))
    }
}
