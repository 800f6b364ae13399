extension Migration {
    /// Saved list views, personal to each user.
    static let m005SavedViews = Migration(5, "saved views") { _ in
        [
            """
            CREATE TABLE saved_views (
                id TEXT PRIMARY KEY,
                user_id TEXT NOT NULL REFERENCES users(id),
                page TEXT NOT NULL,
                name TEXT NOT NULL,
                query TEXT NOT NULL,
                created_at BIGINT NOT NULL)
            """,
            "CREATE INDEX saved_views_user ON saved_views (user_id, page, created_at)",
        ]
    }
}
