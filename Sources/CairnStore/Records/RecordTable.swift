import CairnCore
import Foundation
import SQLKit

/// How one kind of record's fields map to the columns of its table.
public protocol RecordTable: RecordFields {
    /// The table name, e.g. `accounts`.
    static var table: String { get }
    /// Field columns in the order `columnValues()` returns them (the stamp columns are shared).
    static var fieldColumns: [String] { get }
    /// Fields a list may filter on by equality, by JSON name.
    static var filterFields: [String: String] { get }
    /// Fields a list may sort on, by JSON name.
    static var sortFields: [String: SortColumn] { get }
    /// The values of `fieldColumns`, nil for SQL NULL.
    func columnValues() -> [any Encodable & Sendable]
    /// Reads the fields back from a row.
    init(row: RowReader) throws
    /// A column to compare by equality instead of full-text search, when the text is a whole identifier that only
    /// that column holds (a complete credit code): an index lookup instead of intersecting common n-grams.
    static func exactSearch(_ text: String) -> (column: String, value: String)?
}

/// A column a list can be ordered by, with its type (for cursors) and what stands in for NULL.
public struct SortColumn: Sendable {
    /// The column sorted on.
    let column: String
    /// Whether values are integers (dates, amounts) or text.
    let isInteger: Bool
    /// The value NULL sorts as, for nullable columns (SQL literal text).
    let nullSubstitute: String?

    /// The SQL expression sorted on.
    var expression: String { nullSubstitute.map { "COALESCE(\(column), \($0))" } ?? column }

    /// A non-null text column.
    static func text(_ column: String) -> SortColumn { SortColumn(column: column, isInteger: false, nullSubstitute: nil) }
    /// A non-null integer column.
    static func integer(_ column: String) -> SortColumn { SortColumn(column: column, isInteger: true, nullSubstitute: nil) }
    /// A nullable integer column; NULL sorts as the largest value (undated items last).
    static func nullableInteger(_ column: String) -> SortColumn {
        SortColumn(column: column, isInteger: true, nullSubstitute: String(Int64.max))
    }
    /// A nullable text column; NULL sorts as an empty text (first).
    static func nullableText(_ column: String) -> SortColumn {
        SortColumn(column: column, isInteger: false, nullSubstitute: "''")
    }
}

extension RecordTable {
    /// No exact-match shortcut unless a kind declares one.
    public static func exactSearch(_ text: String) -> (column: String, value: String)? { nil }

    /// Filters every kind shares.
    static var stampFilters: [String: String] { ["ownerId": "owner_id", "teamId": "team_id"] }
    /// Sorts every kind shares.
    static var stampSorts: [String: SortColumn] {
        ["createdAt": .integer("created_at"), "updatedAt": .integer("updated_at")]
    }
}

/// Typed access to a result row's columns, naming the column when a value cannot be read.
public struct RowReader {
    let row: any SQLRow
    let table: String

    func string(_ column: String) throws -> String {
        try wrap(column) { try row.decode(column: column, as: String.self) }
    }

    func optionalString(_ column: String) throws -> String? {
        try wrap(column) { try row.decodeNil(column: column) ? nil : try row.decode(column: column, as: String.self) }
    }

    func int(_ column: String) throws -> Int {
        try wrap(column) { try row.decode(column: column, as: Int.self) }
    }

    func optionalInt(_ column: String) throws -> Int? {
        try wrap(column) { try row.decodeNil(column: column) ? nil : try row.decode(column: column, as: Int.self) }
    }

    func date(_ column: String) throws -> Date {
        Date(epochMilliseconds: Int64(try int(column)))
    }

    func optionalDate(_ column: String) throws -> Date? {
        try optionalInt(column).map { Date(epochMilliseconds: Int64($0)) }
    }

    func bool(_ column: String) throws -> Bool {
        try wrap(column) { try row.decode(column: column, as: Bool.self) }
    }

    func stringArray(_ column: String) throws -> [String] {
        let text = try string(column)
        guard let data = text.data(using: .utf8), let array = try? JSONDecoder().decode([String].self, from: data) else {
            throw StoreError.corruptRow(table: table, column: column)
        }
        return array
    }

    private func wrap<T>(_ column: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw StoreError.corruptRow(table: table, column: column)
        }
    }
}

extension Array where Element == String {
    /// The array as JSON text, for list-valued columns.
    var jsonText: String {
        (try? String(decoding: JSONEncoder().encode(self), as: UTF8.self)) ?? "[]"
    }
}

extension Date {
    /// The stored form of an instant.
    var stored: Int64 { epochMilliseconds }
}
