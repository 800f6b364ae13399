import CairnCore

extension Actor {
    /// Refuses a use case the actor's role holds no right to, or an administrative one the credential's scopes do
    /// not reach (403). Services call it; front ends only decide what to offer.
    func require(_ right: Permission) throws {
        guard role.allows(right), !right.isAdministration || grant.allowsAdministration else {
            throw ServiceError.forbidden
        }
    }

    /// Refuses reading or writing a kind the credential's scopes do not name (403).
    func requireAccess(_ access: TokenScope.Access, to kind: RecordKind?) throws {
        guard grant.allows(access, on: kind) else { throw ServiceError.forbidden }
    }
}
