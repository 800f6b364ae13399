import CairnCore
import Foundation

/// The survivor's fields after a merge: its own values, blanks filled from the merged records (first one that has
/// a value), and for each field a person chose, the value of the record they chose.
enum MergedFields {
    static func combine<Fields: RecordFields>(
        survivor: Stored<Fields>, merged: [Stored<Fields>], sources: [String: String]
    ) throws -> Fields {
        let own = try object(survivor.fields)
        let others = try merged.map { ($0.id, try object($0.fields)) }
        var result = own
        for (key, value) in own where value is NSNull {
            result[key] = others.lazy.compactMap { $0.1[key] }.first { !($0 is NSNull) } ?? value
        }
        var errors: [FieldError] = []
        for (field, source) in sources.sorted(by: { $0.key < $1.key }) {
            guard own[field] != nil else {
                let allowed = own.keys.sorted().joined(separator: ", ")
                errors.append(FieldError(field: "fields.\(field)", code: .invalidChoice, parameters: ["allowed": allowed]))
                continue
            }
            if source == survivor.id {
                result[field] = own[field]
            } else if let other = others.first(where: { $0.0 == source }) {
                result[field] = other.1[field] ?? NSNull()
            } else {
                let allowed = ([survivor.id] + merged.map(\.id)).joined(separator: ", ")
                errors.append(FieldError(field: "fields.\(field)", code: .invalidChoice, parameters: ["allowed": allowed]))
            }
        }
        if !errors.isEmpty { throw ServiceError.validation(errors) }
        let data = try JSONSerialization.data(withJSONObject: result)
        return try JSONDecoder().decode(Fields.self, from: data)
    }

    private static func object<Fields: RecordFields>(_ fields: Fields) throws -> [String: Any] {
        let data = try RecordJSON.sharedEncoder.encode(fields)
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }
}
