extension Migration {
    /// Background work that survives restarts and runs once across nodes, and the schedules that enqueue it.
    static let m011Jobs = Migration(11, "jobs and schedules") { _ in
        [
            """
            CREATE TABLE jobs (
                id TEXT PRIMARY KEY,
                kind TEXT NOT NULL,
                payload TEXT NOT NULL,
                status TEXT NOT NULL,
                run_at BIGINT NOT NULL,
                attempts BIGINT NOT NULL,
                max_attempts BIGINT NOT NULL,
                lease_owner TEXT,
                lease_expires_at BIGINT,
                last_error TEXT,
                result TEXT,
                progress_done BIGINT NOT NULL DEFAULT 0,
                progress_total BIGINT NOT NULL DEFAULT 0,
                unique_key TEXT UNIQUE,
                created_at BIGINT NOT NULL,
                updated_at BIGINT NOT NULL,
                started_at BIGINT,
                finished_at BIGINT)
            """,
            "CREATE INDEX jobs_due ON jobs (status, run_at)",
            "CREATE INDEX jobs_leases ON jobs (status, lease_expires_at)",
            """
            CREATE TABLE job_schedules (
                name TEXT PRIMARY KEY,
                kind TEXT NOT NULL,
                payload TEXT NOT NULL,
                every_seconds BIGINT NOT NULL,
                runs_missed BOOLEAN NOT NULL,
                next_run_at BIGINT NOT NULL,
                updated_at BIGINT NOT NULL)
            """,
            // A scan runs as a job; one whose job ended unfinished is not "running" any more.
            "ALTER TABLE duplicate_scans ADD COLUMN job_id TEXT",
        ]
    }
}
