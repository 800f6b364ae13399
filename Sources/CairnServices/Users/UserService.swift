import CairnCore
import CairnStore
import Foundation

/// Users and teams: creation (by an admin or the CLI) and look-ups.
public struct UserService: Sendable {
    let environment: ServiceEnvironment
    let bcryptCost: UInt8

    /// Creates the service; `bcryptCost` is the bcrypt work factor (12 in production, lower in tests).
    public init(environment: ServiceEnvironment, bcryptCost: UInt8) {
        self.environment = environment
        self.bcryptCost = bcryptCost
    }

    /// Adds a user, creating the named team when it does not exist.
    public func add(_ draft: UserDraft, by actor: Actor) async throws -> User {
        try actor.require(.manageUsers)
        let prepared = try await prepare(draft)
        return try await environment.storage.write { session in
            try await insert(prepared, by: actor, in: session)
        }
    }

    /// Validates a draft and hashes its password (slow by design, so done before any transaction opens).
    func prepare(_ draft: UserDraft, reusingHashOf other: PreparedUser? = nil) async throws -> PreparedUser {
        let valid: UserDraft
        do { valid = try draft.validated() } catch { throw error.serviceError }
        if let other, other.draft.password == valid.password {
            return PreparedUser(draft: valid, passwordHash: other.passwordHash)
        }
        return PreparedUser(draft: valid, passwordHash: await PasswordHashing.hash(valid.password, cost: bcryptCost))
    }

    /// Stores a prepared user (and its team when new) with its audit entry in an open transaction.
    func insert(_ prepared: PreparedUser, by actor: Actor, in session: StoreSession) async throws -> User {
        let valid = prepared.draft
        let now = environment.clock.now()
        let users = UserStore()
        if try await users.find(email: valid.email, in: session) != nil {
            throw ServiceError.conflict([FieldError(field: "email", code: .alreadyTaken)])
        }
        let team = try await valid.teamName.asyncMap { name in
            try await users.team(named: name, newId: environment.ids.next(), now: now, in: session)
        }
        let user = User(
            id: environment.ids.next(), email: valid.email, name: valid.name, role: valid.role, teamId: team?.id,
            createdAt: now)
        try await users.insert(user, passwordHash: prepared.passwordHash, in: session)
        try await environment.auditLog.append(
            .userCreate, entity: "user", recordId: user.id, before: nil, after: user, actor: actor, at: now,
            in: session)
        return user
    }

    /// Moves a user to another team (created when new; blank for none). Their records follow in the same
    /// transaction, so the team's managers see them from now on and the old team's no longer do; audited.
    public func changeTeam(of userId: String, to teamName: String?, by actor: Actor) async throws -> User {
        try actor.require(.manageUsers)
        let trimmed = teamName?.trimmedForInput ?? ""
        let name = trimmed.isEmpty ? nil : trimmed
        if trimmed.count > 100 {
            throw ServiceError.validation([FieldError(field: "team", code: .tooLong, parameters: ["max": "100"])])
        }
        let now = environment.clock.now()
        let newTeamId = environment.ids.next()
        return try await environment.storage.write { [environment] session in
            let users = UserStore()
            guard let user = try await users.find(id: userId, in: session) else { throw ServiceError.notFound(nil) }
            let team = try await name.asyncMap { try await users.team(named: $0, newId: newTeamId, now: now, in: session) }
            var moved = user
            moved.teamId = team?.id
            guard moved.teamId != user.teamId else { return user }
            try await users.setTeam(of: user.id, to: moved.teamId, in: session)
            for kind in RecordKinds.all {
                _ = try await kind.followOwnerTeam(ownerId: user.id, teamId: moved.teamId, in: session)
            }
            try await environment.auditLog.append(
                .update, entity: "user", recordId: user.id, before: user, after: moved, actor: actor, at: now,
                in: session)
            return moved
        }
    }

    /// Every user, for an actor who manages users.
    public func all(by actor: Actor) async throws -> [User] {
        try actor.require(.manageUsers)
        return try await environment.storage.read { session in try await UserStore().all(in: session) }
    }

    /// The users whose records the actor may see (everyone, the actor's team, or only the actor), by name: for
    /// owner filters, owner names on pages and the team view.
    public func colleagues(of actor: Actor) async throws -> [User] {
        let users = try await environment.storage.read { session in try await UserStore().all(in: session) }
        let visible = users.filter { user in
            switch actor.visibility {
            case .everything: true
            case .team(let team): user.teamId == team
            case .owner(let owner): user.id == owner
            }
        }
        return visible.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }

    /// The actor's own user record.
    public func me(_ actor: Actor) async throws -> User {
        try await environment.storage.read { session in
            guard let user = try await UserStore().find(id: actor.userId, in: session) else {
                throw ServiceError.unauthenticated
            }
            return user
        }
    }

    /// Every team.
    public func teams(by actor: Actor) async throws -> [Team] {
        try await environment.storage.read { session in try await UserStore().teams(in: session) }
    }
}

/// A validated user draft with its password already hashed.
struct PreparedUser: Sendable {
    let draft: UserDraft
    let passwordHash: String
}
