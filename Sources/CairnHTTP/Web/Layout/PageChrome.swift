import CairnCore

/// The parts of the page around the content: who is signed in, where they are, and their language.
struct PageChrome: Sendable {
    /// The areas of the site, for the navigation.
    enum Section: String, Sendable, CaseIterable {
        case today, accounts, leads, pipeline, team, admin

        var path: String {
            switch self {
            case .today: WebPaths.today
            case .accounts: WebPaths.accounts
            case .leads: WebPaths.leads
            case .pipeline: WebPaths.pipeline
            case .team: WebPaths.team
            case .admin: WebPaths.admin
            }
        }

        /// Whether a role sees this area in the navigation (the services enforce the scope either way).
        func isOffered(to role: Role) -> Bool {
            switch self {
            case .team: role.scope != .own
            case .admin: role.allows(.manageUsers)
            default: true
            }
        }
    }

    /// Language, form token.
    let web: WebState
    /// The signed-in user, nil on the login page.
    let user: User?
    /// The area this page belongs to.
    let section: Section?
    /// The address of this page, to come back to after switching language.
    let path: String

    /// A catalog text in the reader's language.
    func text(_ key: String, _ parameters: [String: String] = [:]) -> String { web.text(key, parameters) }
}
