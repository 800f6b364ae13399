import Foundation
import SQLKit

/// The partial unique indexes that hold a unique field over live rows (`accounts_credit_code_live`), created only
/// once no two live rows share a value, so a database that already holds such pairs keeps working until they are
/// resolved. Index look-up differs per dialect; the rest is the same SQL.
public struct UniqueIndexStore: Sendable {
    /// Creates the store.
    public init() {}

    /// The index's name for a table's column.
    public static func name(table: String, column: String) -> String { "\(table)_\(column)_live" }

    /// Whether the index exists.
    public func exists(table: String, column: String, in session: StoreSession) async throws -> Bool {
        let name = Self.name(table: table, column: column)
        let query: SQLQueryString =
            switch session.dialect {
            case .sqlite: "SELECT name FROM sqlite_master WHERE type = 'index' AND name = \(bind: name)"
            case .postgres: "SELECT indexname AS name FROM pg_indexes WHERE indexname = \(bind: name)"
            }
        return try await session.sql.raw(query).first() != nil
    }

    /// The ids of live rows that share a value of the column, group by group (largest first).
    public func sharedValues(table: String, column: String, in session: StoreSession) async throws -> [[String]] {
        let rows = try await session.sql.raw(
            """
            SELECT id, \(ident: column) AS value FROM \(ident: table)
            WHERE deleted_at IS NULL AND \(ident: column) IN (
                SELECT \(ident: column) FROM \(ident: table) WHERE deleted_at IS NULL AND \(ident: column) IS NOT NULL
                GROUP BY \(ident: column) HAVING COUNT(*) > 1)
            ORDER BY value, id
            """
        ).all()
        var groups: [String: [String]] = [:]
        for row in rows {
            groups[try row.decode(column: "value", as: String.self), default: []]
                .append(try row.decode(column: "id", as: String.self))
        }
        return groups.values.sorted { ($0.count, $1.first ?? "") > ($1.count, $0.first ?? "") }
    }

    /// Creates the index (a no-op when another node made it first).
    public func create(table: String, column: String, in session: StoreSession) async throws {
        let name = Self.name(table: table, column: column)
        try await session.sql.raw(
            """
            CREATE UNIQUE INDEX IF NOT EXISTS \(ident: name) ON \(ident: table) (\(ident: column))
            WHERE deleted_at IS NULL AND \(ident: column) IS NOT NULL
            """
        ).run()
    }
}
