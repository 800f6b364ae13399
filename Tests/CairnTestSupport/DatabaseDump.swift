import SQLKit

@testable import CairnStore

/// Every row of every table as sorted text, to compare a whole database before and after an operation.
/// History tables (the audit log, the merge history) only grow and are left out; search indexes are dumped as
/// what they hold per record, not by their internal row numbers (SQLite's FTS shadow tables renumber on re-index).
public enum DatabaseDump {
    static let history: Set<String> = ["audit_entries", "merges"]
    static let indexed = ["accounts", "contacts", "leads", "opportunities", "activities", "tasks"]

    /// The dump: one line per row, tables in name order, rows sorted.
    public static func make(_ storage: any Storage) async throws -> [String] {
        try await storage.read { session in
            var lines: [String] = []
            for table in try await tables(session) {
                let rows = try await session.sql.raw("SELECT * FROM \(ident: table)").all()
                lines += try rows.map { "\(table): \(try render($0))" }.sorted()
            }
            for table in indexed {
                let query: SQLQueryString =
                    session.dialect == .sqlite
                    ? """
                    SELECT r.record_id AS record_id, s.tokens AS tokens FROM \(ident: table + "_search") s
                    JOIN \(ident: table + "_search_rows") r ON r.row_number = s.rowid
                    """
                    : "SELECT record_id, tokens FROM \(ident: table + "_search")"
                lines += try await session.sql.raw(query).all().map { "\(table) search: \(try render($0))" }.sorted()
            }
            return lines
        }
    }

    private static func tables(_ session: StoreSession) async throws -> [String] {
        let query: SQLQueryString =
            session.dialect == .sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table'"
            : """
            SELECT table_name AS name FROM information_schema.tables
            WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
            """
        let names = try await session.sql.raw(query).all().map { try $0.decode(column: "name", as: String.self) }
        return names.filter { !history.contains($0) && !$0.contains("_search") && !$0.hasPrefix("sqlite_") }.sorted()
    }

    private static func render(_ row: any SQLRow) throws -> String {
        try row.allColumns.sorted().map { column in
            if try row.decodeNil(column: column) { return "\(column)=NULL" }
            if let number = try? row.decode(column: column, as: Int64.self) { return "\(column)=\(number)" }
            if let text = try? row.decode(column: column, as: String.self) { return "\(column)='\(text)'" }
            if let array = try? row.decode(column: column, as: [String].self) { return "\(column)=\(array)" }
            if let real = try? row.decode(column: column, as: Double.self) { return "\(column)=\(real)" }
            return "\(column)=?"
        }.joined(separator: " ")
    }
}
