import CairnCore

extension Actor {
    /// Refuses a use case the actor's role holds no right to (403). Services call it; front ends only decide what
    /// to offer.
    func require(_ right: Permission) throws {
        guard role.allows(right) else { throw ServiceError.forbidden }
    }
}
