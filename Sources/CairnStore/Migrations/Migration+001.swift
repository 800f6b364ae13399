extension Migration {
    /// Users, teams, sign-in tokens and the audit log.
    static let m001CoreSchema = Migration(1, "users, teams, tokens, audit") { _ in
        [
            """
            CREATE TABLE teams (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                created_at BIGINT NOT NULL)
            """,
            """
            CREATE TABLE users (
                id TEXT PRIMARY KEY,
                email TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                password_hash TEXT NOT NULL,
                role TEXT NOT NULL,
                team_id TEXT REFERENCES teams(id),
                is_active BOOLEAN NOT NULL,
                created_at BIGINT NOT NULL)
            """,
            "CREATE INDEX users_team ON users (team_id)",
            """
            CREATE TABLE auth_tokens (
                id TEXT PRIMARY KEY,
                user_id TEXT NOT NULL REFERENCES users(id),
                token_hash TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL,
                name TEXT,
                created_at BIGINT NOT NULL,
                expires_at BIGINT,
                revoked_at BIGINT)
            """,
            "CREATE INDEX auth_tokens_user ON auth_tokens (user_id)",
            """
            CREATE TABLE audit_entries (
                id TEXT PRIMARY KEY,
                at BIGINT NOT NULL,
                actor_id TEXT NOT NULL,
                entity TEXT NOT NULL,
                record_id TEXT NOT NULL,
                action TEXT NOT NULL,
                before_json TEXT,
                after_json TEXT)
            """,
            "CREATE INDEX audit_entries_record ON audit_entries (entity, record_id, at)",
            "CREATE INDEX audit_entries_at ON audit_entries (at)",
        ]
    }
}
