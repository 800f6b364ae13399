import CairnCore
import Foundation
import SQLKit

/// The purpose-built queries behind a salesperson's Today page; each is bounded and runs on indexed columns of
/// the owner's own records, within the reader's scope like every other read.
public struct TodayStore: Sendable {
    /// Creates the store.
    public init() {}

    /// New leads of an owner with no activity yet, oldest first.
    public func leadsAwaitingFirstContact(
        ownerId: String, visibility: Visibility, limit: Int, in session: StoreSession
    ) async throws
        -> [Stored<LeadFields>]
    {
        try await RecordStore<LeadFields>().select(
            where: """
                owner_id = \(bind: ownerId) AND status = \(bind: LeadStatus.new.rawValue) AND NOT EXISTS (
                    SELECT 1 FROM activities a WHERE a.lead_id = leads.id AND a.deleted_at IS NULL)
                """,
            visibility: visibility, orderBy: "created_at, id", limit: limit, in: session)
    }

    /// Inbound messages on an owner's accounts that are still the newest activity there (nobody answered), oldest
    /// first.
    public func messagesAwaitingReply(
        ownerId: String, visibility: Visibility, limit: Int, in session: StoreSession
    ) async throws
        -> [Stored<ActivityFields>]
    {
        try await RecordStore<ActivityFields>().select(
            where: """
                direction = \(bind: ActivityDirection.inbound.rawValue)
                AND account_id IN (SELECT id FROM accounts WHERE owner_id = \(bind: ownerId) AND deleted_at IS NULL)
                AND NOT EXISTS (
                    SELECT 1 FROM activities later WHERE later.account_id = activities.account_id
                    AND later.deleted_at IS NULL AND (later.occurred_at > activities.occurred_at
                        OR (later.occurred_at = activities.occurred_at AND later.id > activities.id)))
                """,
            visibility: visibility, orderBy: "occurred_at, id", limit: limit, in: session)
    }

    /// Open tasks of an owner due before a time, earliest first.
    public func openTasksDue(
        ownerId: String, visibility: Visibility, before end: Date, limit: Int, in session: StoreSession
    ) async throws
        -> [Stored<TaskFields>]
    {
        try await RecordStore<TaskFields>().select(
            where: """
                owner_id = \(bind: ownerId) AND status = \(bind: TaskStatus.open.rawValue)
                AND due_at IS NOT NULL AND due_at < \(bind: end.epochMilliseconds)
                """,
            visibility: visibility, orderBy: "due_at, id", limit: limit, in: session)
    }

    /// Open deals of an owner whose last activity (or creation, when none) is older than `quietSince`, biggest
    /// first, each with the time of its last activity.
    public func dealsWithoutActivity(
        ownerId: String, visibility: Visibility, closedStages: [StageKey], quietSince: Date, limit: Int, in session: StoreSession
    ) async throws -> [(deal: Stored<OpportunityFields>, lastActivity: Date?)] {
        let lastActivity = """
            (SELECT MAX(a.occurred_at) FROM activities a
             WHERE a.opportunity_id = opportunities.id AND a.deleted_at IS NULL)
            """
        let deals = try await RecordStore<OpportunityFields>().select(
            where: """
                owner_id = \(bind: ownerId) AND stage NOT IN (\(binds: closedStages.map(\.rawValue)))
                AND COALESCE(\(unsafeRaw: lastActivity), created_at) < \(bind: quietSince.epochMilliseconds)
                """,
            visibility: visibility, orderBy: "amount_minor DESC, id", limit: limit, in: session)
        let latest = try await lastActivities(of: deals.map(\.id), in: session)
        return deals.map { ($0, latest[$0.id]) }
    }

    private func lastActivities(of dealIds: [String], in session: StoreSession) async throws -> [String: Date] {
        guard !dealIds.isEmpty else { return [:] }
        let rows = try await session.sql.raw(
            """
            SELECT opportunity_id, MAX(occurred_at) AS last FROM activities
            WHERE opportunity_id IN (\(binds: dealIds)) AND deleted_at IS NULL GROUP BY opportunity_id
            """
        ).all()
        var result: [String: Date] = [:]
        for row in rows {
            let id = try row.decode(column: "opportunity_id", as: String.self)
            result[id] = Date(epochMilliseconds: Int64(try row.decode(column: "last", as: Int.self)))
        }
        return result
    }
}
