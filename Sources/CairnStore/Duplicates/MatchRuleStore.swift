import Foundation
import SQLKit

/// Matching rules stored by an admin, as JSON per kind of record.
public struct MatchRuleStore: Sendable {
    /// Creates the store.
    public init() {}

    /// Every stored rule set: kind → JSON.
    public func all(in session: StoreSession) async throws -> [String: String] {
        let rows = try await session.sql.select().column("entity").column("rules").from("match_rules").all()
        var result: [String: String] = [:]
        for row in rows {
            result[try row.decode(column: "entity", as: String.self)] = try row.decode(column: "rules", as: String.self)
        }
        return result
    }

    /// Stores a kind's rules in place of what was there.
    public func set(_ json: String, entity: String, at: Date, by userId: String, in session: StoreSession) async throws {
        try await remove(entity: entity, in: session)
        try await session.sql.insert(into: "match_rules").columns("entity", "rules", "updated_at", "updated_by")
            .values(SQLBind(entity), SQLBind(json), SQLBind(at.stored), SQLBind(userId)).run()
    }

    /// Forgets a kind's stored rules (the shipped ones apply again).
    public func remove(entity: String, in session: StoreSession) async throws {
        try await session.sql.delete(from: "match_rules").where("entity", .equal, entity).run()
    }
}
