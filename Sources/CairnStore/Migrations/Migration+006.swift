extension Migration {
    /// Duplicate-check keys: each account's and contact's blocking keys, so a check at entry finds the records worth
    /// comparing with one indexed look-up; and the fingerprint of the rules the keys were made with.
    static let m006MatchKeys = Migration(6, "duplicate match keys") { dialect in
        let withoutRowID = dialect == .sqlite ? " WITHOUT ROWID" : ""
        return [
            """
            CREATE TABLE match_keys (
                entity TEXT NOT NULL,
                key BIGINT NOT NULL,
                record_id TEXT NOT NULL,
                PRIMARY KEY (entity, key, record_id))\(withoutRowID)
            """,
            "CREATE TABLE match_key_rules (entity TEXT PRIMARY KEY, fingerprint TEXT NOT NULL)",
        ]
    }
}
