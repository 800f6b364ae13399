import CairnCore
import CairnStore
import Foundation
import Logging

/// An admin's matching rules: shown, replaced (checked first) or reset to the shipped ones. The rules in force
/// are read when Cairn starts; keys made under other rules are rebuilt then.
public struct MatchRuleService: Sendable {
    let environment: ServiceEnvironment

    /// The rules in force for a kind, as JSON.
    public func current(_ kind: RecordKind) throws -> String {
        guard let entry = environment.matchRules.entries[kind] else { throw ServiceError.notFound(kind) }
        return entry.json
    }

    /// Stores new rules for a kind (they apply from the next start); refused when they do not decode or read a
    /// column the kind does not have. Audited.
    public func replace(_ kind: RecordKind, json: String, by actor: Actor) async throws {
        try actor.require(.configureMatching)
        var check = environment.matchRules
        do {
            try check.replace(kind, json: json)
        } catch {
            throw ServiceError.validation([
                FieldError(field: "rules", code: .invalidValue, parameters: ["reason": String(describing: error)])
            ])
        }
        let now = environment.clock.now()
        try await environment.storage.write { session in
            try await MatchRuleStore().set(json, entity: kind.rawValue, at: now, by: actor.userId, in: session)
            try await environment.auditLog.append(
                .update, entity: "match_rules", recordId: kind.rawValue, before: try? current(kind), after: json,
                actor: actor, at: now, in: session)
        }
    }

    /// Goes back to the shipped rules for a kind (from the next start).
    public func reset(_ kind: RecordKind, by actor: Actor) async throws {
        try actor.require(.configureMatching)
        let now = environment.clock.now()
        try await environment.storage.write { session in
            try await MatchRuleStore().remove(entity: kind.rawValue, in: session)
            try await environment.auditLog.append(
                .update, entity: "match_rules", recordId: kind.rawValue, before: try? current(kind),
                after: MatchRuleSet.shipped.entries[kind]?.json, actor: actor, at: now, in: session)
        }
    }

    /// The shipped rules with the stored ones in their place; stored rules that no longer pass are skipped (and
    /// logged), so a bad row never stops Cairn from starting.
    public static func load(from storage: any Storage, logger: Logger) async throws -> MatchRuleSet {
        var set = MatchRuleSet.shipped
        let stored = try await storage.read { session in try await MatchRuleStore().all(in: session) }
        for (entity, json) in stored.sorted(by: { $0.key < $1.key }) {
            guard let kind = RecordKind(rawValue: entity) else { continue }
            do {
                try set.replace(kind, json: json)
            } catch {
                logger.error("stored matching rules for \(entity) are not usable, using the shipped ones: \(error)")
            }
        }
        return set
    }
}
