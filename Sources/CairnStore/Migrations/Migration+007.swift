extension Migration {
    /// Merges of duplicate records, each with the full snapshot of every row it changed, so it can be undone exactly.
    static let m007Merges = Migration(7, "merges") { _ in
        [
            """
            CREATE TABLE merges (
                id TEXT PRIMARY KEY,
                entity TEXT NOT NULL,
                survivor_id TEXT NOT NULL,
                merged_ids TEXT NOT NULL,
                snapshot TEXT NOT NULL,
                versions_after TEXT NOT NULL,
                merged_at BIGINT NOT NULL,
                merged_by TEXT NOT NULL,
                undone_at BIGINT,
                undone_by TEXT)
            """,
            "CREATE INDEX merges_survivor ON merges (survivor_id, merged_at)",
        ]
    }
}
