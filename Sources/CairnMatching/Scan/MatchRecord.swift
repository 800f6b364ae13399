import Foundation

/// A record prepared for matching: its id and its fields' normalized values, in the rules' field order.
public struct MatchRecord: Sendable {
    public let id: String
    public let values: [FieldValue?]
    /// The values as written, for reasons a person reads.
    public let raw: [String?]

    /// The same prepared values under another id (a row prepared once serves every look at it).
    public init(id: String, preparedAs prepared: MatchRecord) {
        self.id = id
        values = prepared.values
        raw = prepared.raw
    }

    /// Prepares a row (column name → raw value) under the rules; without `keepingRaw` the values as written are
    /// not kept (a large scan that reports no reasons saves their memory).
    public init(id: String, row: [String: String], rules: MatchRules, keepingRaw: Bool = true) {
        self.id = id
        raw = keepingRaw ? rules.fields.map { row[$0.column].map(MatchText.trimmed) } : []
        values = rules.fields.map { field in
            let places = field.placeColumns.map { columns in
                Place.hints(province: columns.province.flatMap { row[$0] }, city: columns.city.flatMap { row[$0] })
            }
            return row[field.column].flatMap { FieldValue($0, normalizer: field.normalizer, places: places ?? []) }
        }
    }
}

extension MatchRecord {
    /// A field's value as written, when it was kept.
    func written(_ index: Int) -> String? {
        raw.indices.contains(index) ? raw[index] : nil
    }

    /// Prepares many rows on every core (`id` read from the rules' id column), in order.
    public static func prepare(_ rows: [[String: String]], rules: MatchRules, keepingRaw: Bool = true) -> [MatchRecord] {
        rows.concurrentMap(chunk: 4_096) {
            MatchRecord(id: $0[rules.idColumn] ?? "", row: $0, rules: rules, keepingRaw: keepingRaw)
        }
    }
}
