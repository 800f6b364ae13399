extension Migration {
    /// Full-text search over names, phones, emails and codes: FTS5 on SQLite (keyed through a table of stable
    /// integer row ids, since VACUUM may renumber implicit ones), a GIN-indexed token array on PostgreSQL.
    static let m003SearchIndexes = Migration(3, "search indexes") { dialect in
        ["accounts", "contacts", "leads", "opportunities", "activities", "tasks"].flatMap { table in
            switch dialect {
            case .sqlite:
                [
                    "CREATE TABLE \(table)_search_rows (row_number INTEGER PRIMARY KEY, record_id TEXT NOT NULL UNIQUE)",
                    "CREATE VIRTUAL TABLE \(table)_search USING fts5(tokens, tokenize = 'unicode61 remove_diacritics 0')",
                ]
            case .postgres:
                [
                    "CREATE TABLE \(table)_search (record_id TEXT PRIMARY KEY, tokens TEXT[] NOT NULL)",
                    "CREATE INDEX \(table)_search_tokens ON \(table)_search USING GIN (tokens)",
                ]
            }
        }
    }
}
