import CairnCore

/// What a list of records should contain and in which order.
public struct RecordQuery: Sendable, Equatable {
    /// Scope limit of the acting user.
    public var visibility: Visibility
    /// Equality filters: JSON field name → value (validated against the kind's `filterFields`).
    public var filters: [String: String]
    /// Free search text (names, phones, emails, codes); nil or blank for no search.
    public var search: String?
    /// JSON field to sort on.
    public var sortField: String
    /// Whether the order is descending.
    public var isDescending: Bool
    /// Page size.
    public var limit: Int
    /// Continue after this position (from the previous page's cursor).
    public var after: CursorPosition?

    /// Creates a query; newest updated first by default.
    public init(
        visibility: Visibility, filters: [String: String] = [:], search: String? = nil,
        sortField: String = "updatedAt", isDescending: Bool = true, limit: Int = 50, after: CursorPosition? = nil
    ) {
        self.visibility = visibility
        self.filters = filters
        self.search = search
        self.sortField = sortField
        self.isDescending = isDescending
        self.limit = limit
        self.after = after
    }
}

/// Where a page ended: the last row's sort value and id (keyset paging, stable under inserts).
public struct CursorPosition: Sendable, Equatable, Codable {
    /// The sort value as text (integers in decimal).
    public var value: String
    /// The id of the last row.
    public var id: String

    /// Creates a position.
    public init(value: String, id: String) {
        self.value = value
        self.id = id
    }
}

/// One page of a list.
public struct RecordPage<Fields: RecordFields>: Sendable {
    /// The records on this page.
    public var items: [Stored<Fields>]
    /// Where the next page starts; nil on the last page.
    public var next: CursorPosition?
}
