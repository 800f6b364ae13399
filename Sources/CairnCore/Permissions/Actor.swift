/// The signed-in user on whose behalf a service call runs; every service call takes one.
public struct Actor: Sendable, Equatable {
    /// The user's id.
    public var userId: String
    /// The user's team.
    public var teamId: String?
    /// The user's role.
    public var role: Role
    /// What the credential presented may do within the role: everything for a session, the scopes of an API token.
    public var grant: AccessGrant

    /// Creates an actor.
    public init(userId: String, teamId: String?, role: Role, grant: AccessGrant = .full) {
        self.userId = userId
        self.teamId = teamId
        self.role = role
        self.grant = grant
    }

    /// The actor for a stored user; nil when the user's role is unknown.
    public init?(user: User, grant: AccessGrant = .full) {
        guard let role = Role.named(user.role) else { return nil }
        self.init(userId: user.id, teamId: user.teamId, role: role, grant: grant)
    }

    /// The filter that limits record queries to what this actor may see; the store turns it into the one SQL
    /// condition every read uses (`Visibility.condition`).
    public var visibility: Visibility {
        switch role.scope {
        case .all: .everything
        case .team: teamId.map(Visibility.team) ?? .owner(userId)
        case .own: .owner(userId)
        }
    }

    /// Whether the actor may give a record to a user of that team (or take it for themself).
    public func canAssign(toOwner ownerId: String, ofTeam ownerTeamId: String?) -> Bool {
        if ownerId == userId { return true }
        guard role.allows(.reassignRecords) else { return false }
        switch role.scope {
        case .all: return true
        case .team: return teamId != nil && ownerTeamId == teamId
        case .own: return false
        }
    }
}

/// A record filter derived from a role's scope.
public enum Visibility: Sendable, Equatable {
    /// No filter.
    case everything
    /// Records of a team.
    case team(String)
    /// Records of one owner.
    case owner(String)
}
