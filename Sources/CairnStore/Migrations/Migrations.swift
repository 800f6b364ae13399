extension Migration {
    /// Every migration, in order. One that adds a column or two (a newly declared field) is written right here; a
    /// longer one gets its own `Migration+NNN.swift`.
    public static let all: [Migration] = [
        .m001CoreSchema,
        .m002RecordTables,
        .m003SearchIndexes,
        .m004ActivityDirection,
        .m005SavedViews,
        .m006MatchKeys,
        .m007Merges,
        .m008DuplicateScans,
        .m009MatchRules,
        Migration(10, "account employee count") { _ in ["ALTER TABLE accounts ADD COLUMN employee_count BIGINT"] },
        .m011Jobs,
        Migration(12, "sign-in throttle") { _ in
            [
                """
                CREATE TABLE login_throttle (
                    key TEXT PRIMARY KEY,
                    failures BIGINT NOT NULL,
                    first_failure_at BIGINT NOT NULL,
                    locked_until BIGINT)
                """
            ]
        },
        Migration(13, "API token scopes and last use") { _ in
            [
                "ALTER TABLE auth_tokens ADD COLUMN scopes TEXT",
                "ALTER TABLE auth_tokens ADD COLUMN last_used_at BIGINT",
                // Tokens made before scopes could do all their user's role allows; they keep that, shown as `admin`.
                "UPDATE auth_tokens SET scopes = 'admin' WHERE kind = 'api'",
            ]
        },
        Migration(14, "readiness probe") { _ in
            ["CREATE TABLE readiness_probe (id INTEGER PRIMARY KEY, checked_at BIGINT NOT NULL)"]
        },
    ]
}
