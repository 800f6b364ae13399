import CairnCore
import Foundation
import SQLKit

/// How one kind of record's fields map to the columns of its table: all of it derived from the kind's field
/// declarations, so a new field needs no code here.
public typealias RecordTable = RecordFields

extension RecordFields {
    /// Field columns in the order `columnValues()` returns them (the stamp columns are shared).
    static var fieldColumns: [String] { fields.flatMap(\.columns) }

    /// Fields a list may filter on by equality: JSON name → column.
    public static var filterFields: [String: String] {
        var filters = stampFilters
        for field in fields where field.flags.contains(.filter) { filters[field.key] = field.column }
        return filters
    }

    /// Fields a list may sort on, by JSON name.
    public static var sortFields: [String: SortColumn] {
        var sorts = stampSorts
        for field in fields where field.flags.contains(.sort) { sorts[field.key] = SortColumn(field) }
        return sorts
    }

    /// The storage of a filterable field, so a filter value is compared as the column's type.
    public static func filterStorage(_ key: String) -> FieldStorage {
        fields.first { $0.key == key }?.storage ?? .text
    }

    /// A column to compare by equality instead of full-text search, when the text is a whole identifier that only
    /// that column holds (a complete credit code): an index lookup instead of intersecting common n-grams.
    static func exactSearch(_ text: String) -> (column: String, value: String)? {
        guard let field = fields.first(where: { if case .creditCode = $0.type { true } else { false } }),
            let code = CreditCode(text)
        else { return nil }
        return (field.column, code.value)
    }

    /// The values of `fieldColumns`, nil for SQL NULL.
    func columnValues() -> [any Encodable & Sendable] {
        Self.fields.flatMap { field -> [any Encodable & Sendable] in
            switch field.value(in: self) {
            case .null:
                // A NULL bound with its column's type: PostgreSQL refuses a text NULL for a BIGINT column.
                switch field.storage {
                case .integer, .instant: return [Int64?.none]
                case .money: return [Int64?.none, String?.none]
                case .text, .texts: return [String?.none]
                }
            case .text(let text): return [text]
            case .texts(let texts): return [texts.jsonText]
            case .integer(let number): return [number]
            case .instant(let date): return [date.stored]
            case .money(let money): return [money.minorUnits, money.currency]
            }
        }
    }

    /// Reads the fields back from a row.
    init(row: RowReader) throws {
        var result = Self.blank
        for field in Self.fields {
            let value: FieldValue
            switch field.storage {
            case .text: value = try row.optionalString(field.column).map(FieldValue.text) ?? .null
            case .texts: value = .texts(try row.stringArray(field.column))
            case .integer: value = try row.optionalInt(field.column).map(FieldValue.integer) ?? .null
            case .instant: value = try row.optionalDate(field.column).map(FieldValue.instant) ?? .null
            case .money:
                value = .money(
                    Money(minorUnits: Int64(try row.int(field.column)), currency: try row.string(field.columns[1])))
            }
            guard field.set(value, in: &result) else { throw StoreError.corruptRow(table: Self.table, column: field.column) }
        }
        self = result
    }
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

extension SortColumn {
    /// The sort of a declared field: texts and dates as text, numbers and instants as integers; a field that may be
    /// empty sorts its blanks first (texts) or last (numbers, instants).
    init<Record>(_ field: FieldDeclaration<Record>) {
        let isNullable = field.isNullable && !field.flags.contains(.alwaysStored)
        switch field.storage {
        case .text, .texts: self = isNullable ? .nullableText(field.column) : .text(field.column)
        case .integer, .instant, .money:
            self = isNullable ? .nullableInteger(field.column) : .integer(field.column)
        }
    }
}

extension RecordFields {
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
