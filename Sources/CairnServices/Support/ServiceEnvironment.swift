import CairnCore
import CairnStore
import Foundation
import Logging

/// What every service needs from outside: the database, the time, ids and a logger.
public struct ServiceEnvironment: Sendable {
    /// The database.
    public let storage: any Storage
    /// The source of "now".
    public let clock: any Clock
    /// The source of ids.
    public let ids: any IDGenerator
    /// The logger.
    public let logger: Logger
    /// The duplicate-matching rules in force.
    public let matchRules: MatchRuleSet

    /// Bundles the dependencies.
    public init(
        storage: any Storage, clock: any Clock, ids: any IDGenerator, logger: Logger, matchRules: MatchRuleSet = .shipped
    ) {
        self.storage = storage
        self.clock = clock
        self.ids = ids
        self.logger = logger
        self.matchRules = matchRules
    }

    /// Appends an audit entry for a record write, with JSON snapshots before and after.
    func audit<Value: Encodable>(
        _ action: AuditEntry.Action, entity: String, recordId: String, before: Value?, after: Value?, actor: Actor,
        at: Date, in session: StoreSession
    ) async throws {
        let encoder = RecordJSON.sharedEncoder
        let entry = AuditEntry(
            id: ids.next(), at: at, actorId: actor.userId, entity: entity, recordId: recordId, action: action,
            before: try before.map { String(decoding: try encoder.encode($0), as: UTF8.self) },
            after: try after.map { String(decoding: try encoder.encode($0), as: UTF8.self) })
        try await AuditStore().append(entry, in: session)
    }
}

extension Actor {
    /// The actor for work the system does on its own behalf (CLI set-up, demo data); an admin.
    public static let system = Actor(userId: "system", teamId: nil, role: Role.named("admin")!)
}
