import CairnCore
import SQLKit

/// Keeps the per-table search index in step with records, and turns a query into a SQL condition.
/// The only place where full-text search differs between SQLite (FTS5) and PostgreSQL (GIN on a token array).
public struct SearchIndex: Sendable {
    let table: String

    /// Stores the tokens of a record that has none yet (a new record).
    func add(recordId: String, texts: [String], in session: StoreSession) async throws {
        let tokens = SearchTokens.index(texts)
        switch session.dialect {
        case .sqlite:
            guard
                let row = try await session.sql.raw(
                    "INSERT INTO \(unsafeRaw: table)_search_rows (record_id) VALUES (\(bind: recordId)) RETURNING row_number"
                ).first()
            else {
                throw StoreError.missingSearchRow(table: table, recordId: recordId)
            }
            let rowNumber = try row.decode(column: "row_number", as: Int.self)
            try await session.sql.raw(
                "INSERT INTO \(unsafeRaw: table)_search (rowid, tokens) VALUES (\(bind: rowNumber), \(bind: tokens.joined(separator: " ")))"
            ).run()
        case .postgres:
            try await session.sql.raw(
                "INSERT INTO \(unsafeRaw: table)_search (record_id, tokens) VALUES (\(bind: recordId), \(bind: tokens))"
            ).run()
        }
    }

    /// Stores the tokens of new records with multi-row statements.
    func add(_ records: [(recordId: String, texts: [String])], in session: StoreSession) async throws {
        // Tokenizing is CPU work: done on every core for the whole batch, then written 500 to a statement.
        let allTokens = records.map(\.texts).concurrentMap { SearchTokens.index($0) }
        for (offset, chunk) in records.chunked(by: 500).enumerated() {
            let ids = chunk.map(\.recordId)
            let tokens = allTokens[(offset * 500)..<(offset * 500 + chunk.count)]
            switch session.dialect {
            case .sqlite:
                let rows = try await session.sql.raw(
                    """
                    INSERT INTO \(unsafeRaw: table)_search_rows (record_id)
                    VALUES \(SQLList(ids.map { SQLQueryString("(\(bind: $0))") })) RETURNING record_id, row_number
                    """
                ).all()
                var rowNumbers: [String: Int] = [:]
                for row in rows {
                    rowNumbers[try row.decode(column: "record_id", as: String.self)] =
                        try row.decode(column: "row_number", as: Int.self)
                }
                let values = try zip(ids, tokens).map { id, tokens in
                    guard let number = rowNumbers[id] else {
                        throw StoreError.missingSearchRow(table: table, recordId: id)
                    }
                    return SQLQueryString("(\(bind: number), \(bind: tokens.joined(separator: " ")))")
                }
                try await session.sql.raw(
                    "INSERT INTO \(unsafeRaw: table)_search (rowid, tokens) VALUES \(SQLList(values))"
                ).run()
            case .postgres:
                let values = zip(ids, tokens).map { SQLQueryString("(\(bind: $0), \(bind: $1))") }
                try await session.sql.raw(
                    "INSERT INTO \(unsafeRaw: table)_search (record_id, tokens) VALUES \(SQLList(values))"
                ).run()
            }
        }
    }

    /// Replaces the tokens stored for a record.
    func store(recordId: String, texts: [String], in session: StoreSession) async throws {
        try await remove(recordId: recordId, in: session)
        try await add(recordId: recordId, texts: texts, in: session)
    }

    /// Removes a record from the index.
    func remove(recordId: String, in session: StoreSession) async throws {
        switch session.dialect {
        case .sqlite:
            try await session.sql.raw(
                """
                DELETE FROM \(unsafeRaw: table)_search WHERE rowid IN
                (SELECT row_number FROM \(unsafeRaw: table)_search_rows WHERE record_id = \(bind: recordId))
                """
            ).run()
            try await session.sql.raw("DELETE FROM \(unsafeRaw: table)_search_rows WHERE record_id = \(bind: recordId)").run()
        case .postgres:
            try await session.sql.raw("DELETE FROM \(unsafeRaw: table)_search WHERE record_id = \(bind: recordId)").run()
        }
    }

    /// Beyond this many matches a word counts as common (科技 in a third of all companies): collecting every match to
    /// pick the newest page would cost more than walking the records newest first and testing each. Tests lower it
    /// to reach the common-word plan with a handful of records.
    @TaskLocal public static var commonMatches = 10_000

    /// A condition on `id` that holds for records matching every token; nil when there is nothing to search.
    ///
    /// On SQLite a rare word's matches are collected from the full-text index (`id IN (…)`). A common word's are not:
    /// the condition is tested per record instead (the full-text index seeks to the record's row), so the query walks
    /// the records in the page's order and stops once the page is full. PostgreSQL decides this itself from the
    /// GIN index's element statistics.
    func condition(matching tokens: [String], in session: StoreSession) async throws -> (any SQLExpression)? {
        guard !tokens.isEmpty else { return nil }
        switch session.dialect {
        case .sqlite:
            let match = tokens.map { "\"\($0)\"" }.joined(separator: " ")
            let isCommon =
                try await session.sql.raw(
                    """
                    SELECT rowid FROM \(unsafeRaw: table)_search WHERE \(unsafeRaw: table)_search MATCH \(bind: match)
                    LIMIT 1 OFFSET \(literal: Self.commonMatches)
                    """
                ).first() != nil
            if isCommon {
                return SQLQueryString(
                    """
                    EXISTS (SELECT 1 FROM \(unsafeRaw: table)_search_rows r JOIN \(unsafeRaw: table)_search s
                    ON s.rowid = r.row_number WHERE r.record_id = \(unsafeRaw: table).id AND \(unsafeRaw: table)_search MATCH \(bind: match))
                    """)
            }
            return SQLQueryString(
                """
                id IN (SELECT r.record_id FROM \(unsafeRaw: table)_search s JOIN \(unsafeRaw: table)_search_rows r
                ON r.row_number = s.rowid WHERE \(unsafeRaw: table)_search MATCH \(bind: match))
                """)
        case .postgres:
            return SQLQueryString("id IN (SELECT record_id FROM \(unsafeRaw: table)_search WHERE tokens @> \(bind: tokens))")
        }
    }
}
