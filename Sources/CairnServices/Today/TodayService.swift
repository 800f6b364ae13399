import CairnCore
import CairnStore
import Foundation

/// Builds a salesperson's Today list from their own records: leads waiting for a first call, customers waiting
/// for a reply, tasks due or overdue, deals gone quiet.
public struct TodayService: Sendable {
    let environment: ServiceEnvironment
    let store = TodayStore()

    /// Creates the service.
    public init(environment: ServiceEnvironment) {
        self.environment = environment
    }

    /// The ranked list for the actor, at most a screenful.
    public func agenda(for actor: Actor, limit: Int = TodayAgenda.screenful) async throws -> [TodayItem] {
        let now = environment.clock.now()
        let owner = actor.userId
        let scope = actor.visibility
        // Fetch enough of each reason for the ranking to choose from, never everything.
        let fetch = limit
        let endOfDay = TodayAgenda.endOfChinaDay(containing: now)
        let quietSince = now.addingTimeInterval(-Double(TodayAgenda.quietDays) * 86_400)
        let closedStages = Pipeline.standard.stages.filter { $0.outcome != .open }.map(\.key)
        let candidates = try await environment.storage.read { [store] session in
            let leads = try await store.leadsAwaitingFirstContact(ownerId: owner, visibility: scope, limit: fetch, in: session)
            let messages = try await store.messagesAwaitingReply(ownerId: owner, visibility: scope, limit: fetch, in: session)
            let tasks = try await store.openTasksDue(
                ownerId: owner, visibility: scope, before: endOfDay, limit: fetch, in: session)
            let deals = try await store.dealsWithoutActivity(
                ownerId: owner, visibility: scope, closedStages: closedStages, quietSince: quietSince, limit: fetch, in: session)
            var items: [TodayItem] = leads.map { lead in
                TodayItem(
                    reason: .leadAwaitingFirstContact, recordId: lead.id, recordVersion: lead.meta.version,
                    title: lead.fields.name,
                    accountName: lead.fields.companyName, leadId: lead.id, since: lead.meta.createdAt)
            }
            items += messages.map { message in
                TodayItem(
                    reason: .customerAwaitingReply, recordId: message.id, recordVersion: message.meta.version,
                    title: message.fields.subject,
                    accountId: message.fields.accountId, opportunityId: message.fields.opportunityId,
                    since: message.fields.occurredAt ?? message.meta.createdAt)
            }
            items += tasks.map { task in
                let due = task.fields.dueAt ?? now
                return TodayItem(
                    reason: due < now ? .taskOverdue : .taskDueToday, recordId: task.id, recordVersion: task.meta.version,
                    title: task.fields.title,
                    accountId: task.fields.accountId, leadId: task.fields.leadId,
                    opportunityId: task.fields.opportunityId, since: due)
            }
            items += deals.map { deal, lastActivity in
                TodayItem(
                    reason: .dealWithoutActivity, recordId: deal.id, recordVersion: deal.meta.version, title: deal.fields.name,
                    accountId: deal.fields.accountId, opportunityId: deal.id,
                    since: lastActivity ?? deal.meta.createdAt, amount: deal.fields.amount)
            }
            let ranked = TodayAgenda.rank(items, limit: limit)
            let accountIds = Set(ranked.compactMap(\.accountId))
            let names = try await RecordService<AccountFields>.names(of: Array(accountIds), visibleTo: actor, in: session)
            return ranked.map { item in
                var named = item
                if let accountId = item.accountId { named.accountName = names[accountId] }
                return named
            }
        }
        return candidates
    }
}
