extension Migration {
    /// Batch duplicate scans: each run with its progress, and the pairs it found grouped into clusters.
    static let m008DuplicateScans = Migration(8, "duplicate scans") { _ in
        [
            """
            CREATE TABLE duplicate_scans (
                id TEXT PRIMARY KEY,
                entity TEXT NOT NULL,
                status TEXT NOT NULL,
                phase TEXT NOT NULL,
                done BIGINT NOT NULL,
                total BIGINT NOT NULL,
                records BIGINT NOT NULL,
                compared_pairs BIGINT NOT NULL,
                clusters BIGINT NOT NULL,
                started_at BIGINT NOT NULL,
                started_by TEXT NOT NULL,
                finished_at BIGINT,
                failure TEXT)
            """,
            "CREATE INDEX duplicate_scans_started ON duplicate_scans (entity, started_at)",
            """
            CREATE TABLE duplicate_pairs (
                scan_id TEXT NOT NULL REFERENCES duplicate_scans(id),
                cluster BIGINT NOT NULL,
                left_id TEXT NOT NULL,
                right_id TEXT NOT NULL,
                score DOUBLE PRECISION NOT NULL,
                PRIMARY KEY (scan_id, left_id, right_id))
            """,
            "CREATE INDEX duplicate_pairs_cluster ON duplicate_pairs (scan_id, cluster)",
        ]
    }
}
