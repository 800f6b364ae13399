import CairnCore
import CairnStore

extension RecordService where Fields == AccountFields {
    /// The names of the accounts with these ids that the actor may see (others are left out), for labels on
    /// pages that list other records.
    public func names(of ids: [String], by actor: Actor) async throws -> [String: String] {
        try await environment.storage.read { session in
            try await Self.names(of: ids, visibleTo: actor, in: session)
        }
    }

    /// The same inside an open session.
    static func names(of ids: [String], visibleTo actor: Actor, in session: StoreSession) async throws -> [String: String] {
        try await RecordStore<AccountFields>().find(ids: ids, visibility: actor.visibility, in: session)
            .reduce(into: [:]) { names, account in names[account.id] = account.fields.name }
    }
}
