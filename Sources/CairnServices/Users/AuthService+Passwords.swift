import CairnCore
import CairnStore
import Foundation

extension AuthService {
    /// Changes the actor's own password. The current one is checked (a wrong one counts against the account's
    /// sign-in throttle, so this is no side door for guessing), the new one must pass `PasswordPolicy`; every other
    /// signed-in session of the user ends at once (the one presenting `keeping` stays), API tokens stay. Needs a
    /// session, not an API token. Audited.
    public func changePassword(
        current: String, new: String, keeping presented: String?, by actor: Actor
    )
        async throws
    {
        guard actor.grant.allowsAdministration else { throw ServiceError.forbidden }
        let now = environment.clock.now()
        let found = try await environment.storage.read { try await UserStore().credentials(id: actor.userId, in: $0) }
        let keptId = try await presented.asyncMap { try await tokenId(of: $0) } ?? nil
        guard let (user, hash) = found else { throw ServiceError.unauthenticated }
        let throttles = Self.throttleKeys(email: user.email, address: nil)
        let failures = try await environment.storage.read { try await LoginThrottleStore().find([throttles[0].key], in: $0) }
        try Self.refuseWhileLocked(throttles, failures: failures, at: now)
        var problems = PasswordPolicy.problems(new, email: user.email, field: "newPassword")
        if current.isEmpty {
            problems.insert(FieldError(field: "currentPassword", code: .required), at: 0)
        } else if !(await PasswordHashing.verify(current, hash: hash)) {
            try await recordFailure(throttles, at: now)
            problems.insert(FieldError(field: "currentPassword", code: .incorrect), at: 0)
        }
        guard problems.isEmpty else { throw ServiceError.validation(problems) }
        try await store(password: new, of: user, ending: keptId, action: .passwordChange, by: actor, at: now)
    }

    /// Sets a user's password (an administrator, for someone who forgot theirs): it must pass `PasswordPolicy`;
    /// all the user's sessions end at once and the account's sign-in lock is lifted. Audited.
    public func resetPassword(of userId: String, to new: String, by actor: Actor) async throws {
        try actor.require(.manageUsers)
        let now = environment.clock.now()
        let found = try await environment.storage.read { try await UserStore().find(id: userId, in: $0) }
        guard let user = found else { throw ServiceError.notFound(nil) }
        let problems = PasswordPolicy.problems(new, email: user.email)
        guard problems.isEmpty else { throw ServiceError.validation(problems) }
        try await store(password: new, of: user, ending: nil, action: .passwordReset, by: actor, at: now)
    }

    /// Hashes and stores the password, ends the user's sessions but `kept`, and lifts their sign-in lock, in one
    /// transaction; then forgets the ended sessions on this node.
    private func store(
        password: String, of user: User, ending kept: String?, action: AuditEntry.Action, by actor: Actor, at now: Date
    ) async throws {
        let hash = await PasswordHashing.hash(password, cost: bcryptCost)
        let throttleKey = Self.throttleKeys(email: user.email, address: nil)[0].key
        let ended: [String] = try await environment.storage.write { [environment] session in
            try await UserStore().setPasswordHash(of: user.id, to: hash, in: session)
            try await LoginThrottleStore().remove(throttleKey, in: session)
            let ended = try await AuthTokenStore().revokeAll(of: user.id, kind: .session, keeping: kept, at: now, in: session)
            try await environment.auditLog.append(
                action, entity: "user", recordId: user.id, before: nil, after: ["sessionsEnded": ended.count],
                actor: actor, at: now, in: session)
            return ended
        }
        for hash in ended { recentTokens.forget(tokenHash: hash) }
    }
}
