extension Migration {
    /// Matching rules an admin stored in place of the shipped ones, per kind of record.
    static let m009MatchRules = Migration(9, "matching rules") { _ in
        [
            """
            CREATE TABLE match_rules (
                entity TEXT PRIMARY KEY,
                rules TEXT NOT NULL,
                updated_at BIGINT NOT NULL,
                updated_by TEXT NOT NULL)
            """
        ]
    }
}
