import CairnCore
import CairnStore
import Foundation
import Logging

/// What every service needs from outside: the database, the time, ids, a logger, the matching rules and the
/// observers every record write is handed to. Built only by the composition root (`Services.start`).
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
    /// Who sees every record change, in order, inside its transaction.
    let observers: [any ChangeObserver]
    /// Wakes this node's job runner when a job is enqueued here.
    public let jobSignal = JobSignal()

    init(
        storage: any Storage, clock: any Clock, ids: any IDGenerator, logger: Logger, matchRules: MatchRuleSet,
        observers: [any ChangeObserver]
    ) {
        self.storage = storage
        self.clock = clock
        self.ids = ids
        self.logger = logger
        self.matchRules = matchRules
        self.observers = observers
    }

    /// The audit log, for decisions that are not record changes (an override, a rule change, a new user).
    var auditLog: AuditLog { AuditLog(ids: ids) }
}

extension Actor {
    /// The actor for work the system does on its own behalf (CLI set-up, demo data); an admin.
    public static let system = Actor(userId: "system", teamId: nil, role: Role.named("admin")!)
}
