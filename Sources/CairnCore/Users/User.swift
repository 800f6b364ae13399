import Foundation

/// A person who signs in to Cairn.
public struct User: Sendable, Equatable, Codable {
    /// The user's id.
    public var id: String
    /// Sign-in email, lower-case, unique.
    public var email: String
    /// Display name.
    public var name: String
    /// Role name (see `Role.builtIn`).
    public var role: String
    /// Team id, if the user is in a team.
    public var teamId: String?
    /// Whether the user may sign in.
    public var isActive: Bool
    /// When the user was created.
    public var createdAt: Date

    /// Creates a user.
    public init(id: String, email: String, name: String, role: String, teamId: String?, isActive: Bool = true, createdAt: Date) {
        self.id = id
        self.email = email
        self.name = name
        self.role = role
        self.teamId = teamId
        self.isActive = isActive
        self.createdAt = createdAt
    }
}

/// A sales team, e.g. 华东 (East China).
public struct Team: Sendable, Equatable, Codable {
    /// The team's id.
    public var id: String
    /// The team's unique name.
    public var name: String

    /// Creates a team.
    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// What a new user must provide; validated in the core.
public struct UserDraft: Sendable, Equatable {
    /// Sign-in email.
    public var email: String
    /// Plain password (hashed before storage, never kept).
    public var password: String
    /// Display name.
    public var name: String
    /// Role name.
    public var role: String
    /// Team name; created when it does not exist.
    public var teamName: String?

    /// Creates a draft.
    public init(email: String, password: String, name: String, role: String, teamName: String? = nil) {
        self.email = email
        self.password = password
        self.name = name
        self.role = role
        self.teamName = teamName
    }

    /// The normalized draft, or every problem found.
    public func validated() throws(ValidationFailure) -> UserDraft {
        var checks = FieldChecks()
        var result = self
        let email = checks.email("email", email)
        if email == nil { checks.add("email", .required) }
        result.email = email ?? ""
        for problem in PasswordPolicy.problems(password, email: email ?? self.email) {
            checks.add(problem.field, problem.code, problem.parameters)
        }
        result.name = checks.requiredText("name", name, max: 100)
        result.role = checks.requiredChoice("role", role.lowercased(), in: Role.builtIn.map(\.name))
        result.teamName = checks.optionalText("team", teamName, max: 100)
        try checks.throwIfAny()
        return result
    }
}
