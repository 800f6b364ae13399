import Foundation

/// Every page address, used both to register routes and to write links, so the two cannot drift apart.
enum WebPaths {
    /// The id segment of a route: every route with an id is registered through the same function its links use
    /// (`WebPaths.account(WebPaths.idParameter)`), so a route and its links cannot drift apart.
    static let idParameter = "{id}"

    static let login = "/login"
    static let logout = "/logout"
    static let language = "/language"
    static let today = "/today"
    static let accounts = "/accounts"
    static let quickAdd = "/accounts/new"
    static let quickAddCheck = "/accounts/new/check"
    static let leads = "/leads"
    static let pipeline = "/pipeline"
    static let team = "/team"
    static let admin = "/admin"
    static let adminUsers = "/admin/users"
    static let adminPasswordReset = "/admin/password"
    static let settings = "/settings"
    static let settingsPassword = "/settings/password"
    static let settingsTokens = "/settings/tokens"
    static func tokenRevoke(_ id: String) -> String { "/settings/tokens/\(id)/revoke" }
    static let duplicates = "/admin/duplicates"
    static let duplicateScan = "/admin/duplicates/scan"
    static let mergeReview = "/admin/duplicates/merge"
    static func mergeUndo(_ id: String) -> String { "/admin/merges/\(id)/undo" }
    static let jobs = "/admin/jobs"
    static func jobRetry(_ id: String) -> String { "/admin/jobs/\(id)/retry" }
    static func jobCancel(_ id: String) -> String { "/admin/jobs/\(id)/cancel" }
    static let activities = "/activities"
    static let newActivity = "/activities/new"
    static let stylesheet = "/assets/cairn.css"
    static let script = "/assets/cairn.js"
    static let favicon = "/favicon.ico"

    static func login(next: String) -> String { "\(login)?next=\(escape(next))" }
    static let savedViews = "/accounts/views"
    static func savedViewDelete(_ id: String) -> String { "\(savedViews)/\(id)/delete" }
    static func account(_ id: String) -> String { "\(accounts)/\(id)" }
    static func accountEdit(_ id: String) -> String { "\(accounts)/\(id)/edit" }
    static func accountContacts(_ id: String) -> String { "\(accounts)/\(id)/contacts" }
    static func newContact(accountId: String) -> String { "\(accounts)/\(accountId)/contacts/new" }
    static func accountOpportunities(_ id: String) -> String { "\(accounts)/\(id)/opportunities" }
    static func newOpportunity(accountId: String) -> String { "\(accounts)/\(accountId)/opportunities/new" }
    static func contact(_ id: String) -> String { "/contacts/\(id)" }
    static func contactEdit(_ id: String) -> String { "/contacts/\(id)/edit" }
    static func opportunity(_ id: String) -> String { "/opportunities/\(id)" }
    static func lead(_ id: String, action: String) -> String { "\(leads)/\(id)/\(action)" }
    static func opportunityMove(_ id: String) -> String { "/opportunities/\(id)/move" }
    static func taskDone(_ id: String) -> String { "/tasks/\(id)/done" }

    /// A path with query parameters added (to those it may have already); nil or empty values are left out.
    static func with(_ path: String, _ query: [(String, String?)]) -> String {
        let parts = query.compactMap { name, value -> String? in
            guard let value, !value.isEmpty else { return nil }
            return "\(name)=\(escape(value))"
        }
        guard !parts.isEmpty else { return path }
        return path + (path.contains("?") ? "&" : "?") + parts.joined(separator: "&")
    }

    static func escape(_ value: String) -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+?#/")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }
}
