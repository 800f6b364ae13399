import CairnCore
import CairnStore
import Foundation

/// A list request as a user gives it: filters, search text, `sort` (`name`, `-createdAt`), `limit`, `cursor`.
public struct ListRequest: Sendable, Equatable {
    /// Equality filters by JSON field name.
    public var filters: [String: String]
    /// Free search text.
    public var search: String?
    /// Field to sort on, `-` in front for descending.
    public var sort: String?
    /// Page size (1–200, default 50).
    public var limit: Int?
    /// The `nextCursor` of the previous page.
    public var cursor: String?

    /// Largest page size.
    public static let maximumLimit = 200
    /// The order when none is asked for: most recently changed first.
    public static let defaultSort = "-updatedAt"

    /// The sort in effect.
    public var effectiveSort: String { sort ?? Self.defaultSort }

    /// Creates a request.
    public init(
        filters: [String: String] = [:], search: String? = nil, sort: String? = nil, limit: Int? = nil, cursor: String? = nil
    ) {
        self.filters = filters
        self.search = search
        self.sort = sort
        self.limit = limit
        self.cursor = cursor
    }

    /// The store query, or every problem with the parameters.
    func query<Fields: RecordTable>(for _: Fields.Type, visibility: Visibility) throws -> RecordQuery {
        var errors: [FieldError] = []
        for (field, value) in filters.sorted(by: { $0.key < $1.key }) {
            if Fields.filterFields[field] == nil {
                errors.append(
                    FieldError(
                        field: field, code: .invalidChoice,
                        parameters: ["allowed": Fields.filterFields.keys.sorted().joined(separator: ", ")]))
            } else if Fields.filterStorage(field) == .integer && Int(value) == nil {
                errors.append(FieldError(field: field, code: .invalidType, parameters: ["expected": "integer"]))
            }
        }
        let sortText = effectiveSort
        let isDescending = sortText.hasPrefix("-")
        let sortField = isDescending ? String(sortText.dropFirst()) : sortText
        if Fields.sortFields[sortField] == nil {
            errors.append(
                FieldError(
                    field: "sort", code: .invalidChoice,
                    parameters: ["allowed": Fields.sortFields.keys.sorted().joined(separator: ", ")]))
        }
        let pageSize = limit ?? 50
        if !(1...Self.maximumLimit).contains(pageSize) {
            errors.append(
                FieldError(field: "limit", code: .outOfRange, parameters: ["min": "1", "max": String(Self.maximumLimit)]))
        }
        var after: CursorPosition?
        if let cursor, !cursor.isEmpty {
            after = PageCursor.decode(cursor, sort: sortText)
            if after == nil { errors.append(FieldError(field: "cursor", code: .invalidCursor)) }
        }
        if let search, search.count > 200 {
            errors.append(FieldError(field: "q", code: .tooLong, parameters: ["max": "200"]))
        }
        if !errors.isEmpty { throw ServiceError.invalidQuery(errors) }
        return RecordQuery(
            visibility: visibility, filters: filters, search: search,
            sortField: sortField, isDescending: isDescending, limit: pageSize, after: after)
    }
}

/// Opaque page cursors: the keyset position and the sort it belongs to, base64url-encoded JSON.
public enum PageCursor {
    private struct Payload: Codable {
        var sort: String
        var value: String
        var id: String
    }

    /// The cursor text for a position under a sort.
    public static func encode(_ position: CursorPosition, sort: String) -> String {
        let payload = Payload(sort: sort, value: position.value, id: position.id)
        let data = (try? JSONEncoder().encode(payload)) ?? Data()
        return data.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// The position in a cursor, nil when it is malformed or belongs to another sort.
    static func decode(_ text: String, sort: String) -> CursorPosition? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard let data = Data(base64Encoded: base64), let payload = try? JSONDecoder().decode(Payload.self, from: data),
            payload.sort == sort
        else { return nil }
        return CursorPosition(value: payload.value, id: payload.id)
    }
}
