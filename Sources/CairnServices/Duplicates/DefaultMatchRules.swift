/// The matching rules Cairn ships with for records entered in the CRM, as the same JSON an admin or a CSV
/// cleaner writes. Exact credit code, phone or email block (when the rest of the evidence agrees); the rest warns.
enum DefaultMatchRules {
    /// Accounts: the company name taken apart, credit code, phone, email, and the place and trade they give.
    static let accounts = """
        {
          "idColumn": "id",
          "fields": [
            {"name": "company", "column": "name", "normalizer": "companyName",
             "placeColumns": {"province": "province", "city": "city"}},
            {"name": "creditCode", "column": "credit_code", "normalizer": "creditCode"},
            {"name": "phone", "column": "phone", "normalizer": "phone"},
            {"name": "email", "column": "email", "normalizer": "email"},
            {"name": "province", "column": "province", "normalizer": "text"},
            {"name": "city", "column": "city", "normalizer": "text"},
            {"name": "industry", "column": "industry", "normalizer": "text"}
          ],
          "comparisons": [
            {"field": "creditCode", "comparator": "levenshtein1", "agree": 8, "partial": 6, "disagree": -8},
            {"field": "company", "comparator": "companyName", "partialAt": 0.9, "agree": 6, "partial": 2, "disagree": -4,
             "conflict": -12},
            {"field": "phone", "comparator": "exact", "agree": 5, "disagree": -1},
            {"field": "email", "comparator": "exact", "agree": 5, "disagree": -1},
            {"field": "province", "comparator": "exact", "agree": 0, "disagree": -4},
            {"field": "city", "comparator": "exact", "agree": 0.5, "disagree": -6},
            {"field": "industry", "comparator": "exact", "agree": 0.5, "disagree": -2}
          ],
          "blocking": [
            {"fields": ["creditCode"]},
            {"fields": ["phone"]},
            {"fields": ["email"]},
            {"fields": ["company"]},
            {"fields": ["company", "province"], "fuzzy": true}
          ],
          "threshold": 5.5,
          "maximumBlockSize": 200,
          "entry": {"block": ["creditCode", "phone", "email"], "warnAt": 3}
        }
        """

    /// Contacts: the person's name in any script and order, mobile, email, office phone, and the account.
    static let contacts = """
        {
          "idColumn": "id",
          "fields": [
            {"name": "person", "column": "name", "normalizer": "personName"},
            {"name": "mobile", "column": "mobile", "normalizer": "phone"},
            {"name": "email", "column": "email", "normalizer": "email"},
            {"name": "phone", "column": "phone", "normalizer": "phone"},
            {"name": "account", "column": "account_id", "normalizer": "text"}
          ],
          "comparisons": [
            {"field": "person", "comparator": "personName", "partialAt": 0.88, "agree": 3, "partial": 1.5,
             "disagree": -2},
            {"field": "mobile", "comparator": "exact", "agree": 5, "disagree": -1},
            {"field": "email", "comparator": "exact", "agree": 5, "disagree": -1},
            {"field": "phone", "comparator": "exact", "agree": 0.5, "disagree": 0},
            {"field": "account", "comparator": "exact", "agree": 2, "disagree": -1}
          ],
          "blocking": [
            {"fields": ["mobile"]},
            {"fields": ["email"]},
            {"fields": ["account", "person"]}
          ],
          "threshold": 5.5,
          "maximumBlockSize": 200,
          "entry": {"block": ["mobile", "email"], "warnAt": 3}
        }
        """
}
