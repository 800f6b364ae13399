import CairnCore
import Foundation
import SQLKit

extension RecordStore {
    /// A record as the exact values of its row, column by column (each a JSON value): what a merge keeps so its
    /// undo puts the row back as it was, including values the API treats as output only.
    public static func snapshot(_ record: Stored<Fields>) throws -> [String: String] {
        let columns = stampColumns + Fields.fieldColumns
        let values = stampValues(record.meta) + record.fields.columnValues()
        var result: [String: String] = [:]
        for (column, value) in zip(columns, values) {
            result[column] = String(decoding: try JSONEncoder().encode(SnapshotValue(value)), as: UTF8.self)
        }
        return result
    }

    /// The record a snapshot holds, read exactly as its row would be.
    public static func record(fromSnapshot snapshot: [String: String]) throws -> Stored<Fields> {
        try decode(SnapshotRow(values: snapshot))
    }
}

/// Encodes any column value as itself (nil as JSON null).
private struct SnapshotValue: Encodable {
    let value: any Encodable & Sendable

    init(_ value: any Encodable & Sendable) { self.value = value }

    func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder)
    }
}

/// A snapshot read through the row interface the store decodes real rows with.
private struct SnapshotRow: SQLRow {
    let values: [String: String]

    var allColumns: [String] { Array(values.keys) }

    func contains(column: String) -> Bool { values[column] != nil }

    func decodeNil(column: String) throws -> Bool { values[column] == nil || values[column] == "null" }

    func decode<D: Decodable>(column: String, as type: D.Type) throws -> D {
        guard let text = values[column] else { throw StoreError.corruptRow(table: "snapshot", column: column) }
        return try JSONDecoder().decode(D.self, from: Data(text.utf8))
    }
}
