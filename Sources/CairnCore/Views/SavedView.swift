import Foundation

/// A list a user named and keeps: which page and the query (search, filters, sort) that makes it.
public struct SavedView: Sendable, Equatable, Codable {
    /// The id.
    public var id: String
    /// Whose view it is (views are personal).
    public var userId: String
    /// The list it belongs to, e.g. `accounts`.
    public var page: String
    /// The name the user gave it.
    public var name: String
    /// The query string that reproduces the list (no cursor).
    public var query: String
    /// When it was saved.
    public var createdAt: Date

    /// Creates a view.
    public init(id: String, userId: String, page: String, name: String, query: String, createdAt: Date) {
        self.id = id
        self.userId = userId
        self.page = page
        self.name = name
        self.query = query
        self.createdAt = createdAt
    }

    /// The lists that can have saved views.
    public static let pages = ["accounts"]
    /// Most views one user keeps per list.
    public static let maximumPerPage = 20

    /// The name and query checked: a name of 1–50 characters, a query of at most 2,000.
    public static func validated(name: String, query: String, page: String) throws(ValidationFailure) -> (String, String) {
        var checks = FieldChecks()
        let cleanName = checks.requiredText("name", name, max: 50)
        let cleanQuery = checks.optionalText("query", query, max: 2000) ?? ""
        _ = checks.requiredChoice("page", page, in: pages)
        try checks.throwIfAny()
        return (cleanName, cleanQuery)
    }
}
