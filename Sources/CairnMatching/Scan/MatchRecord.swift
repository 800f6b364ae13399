/// A record prepared for matching: its id and its fields' normalized values, in the rules' field order.
public struct MatchRecord: Sendable {
    public let id: String
    public let values: [FieldValue?]

    /// Prepares a row (column name → raw value) under the rules.
    public init(id: String, row: [String: String], rules: MatchRules) {
        self.id = id
        values = rules.fields.map { field in
            let places = field.placeColumns.map { columns in
                Place.hints(province: columns.province.flatMap { row[$0] }, city: columns.city.flatMap { row[$0] })
            }
            return row[field.column].flatMap { FieldValue($0, normalizer: field.normalizer, places: places ?? []) }
        }
    }
}
