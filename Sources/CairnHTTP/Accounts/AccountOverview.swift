import CairnCore
import Foundation

/// Everything the account page shows, gathered once: the account, its people, deals, and one timeline.
struct AccountOverview: Sendable {
    let account: Stored<AccountFields>
    let ownerName: String
    let contacts: [Stored<ContactFields>]
    let opportunities: [Stored<OpportunityFields>]
    let activities: [Stored<ActivityFields>]
    let tasks: [Stored<TaskFields>]

    /// One entry of the timeline.
    struct Entry: Sendable {
        enum Kind: String, Sendable { case activity, task, opportunity, created }
        let kind: Kind
        let at: Date
        let label: String
        let text: String
        let detail: String?
    }

    /// Activities, tasks, deals opened and the account's creation, newest first.
    func timeline(_ language: Language) -> [Entry] {
        var entries: [Entry] = activities.map { activity in
            let fields = activity.fields
            var label = DisplayFormat.choice("activity_kind", fields.kind, language)
            if fields.direction == ActivityDirection.inbound {
                label += " · " + DisplayFormat.choice("activity_direction", fields.direction, language)
            }
            return Entry(
                kind: .activity, at: fields.occurredAt ?? activity.meta.createdAt, label: label, text: fields.subject,
                detail: fields.rating.map { DisplayFormat.choice("activity_rating", $0, language) })
        }
        entries += tasks.map { task in
            Entry(
                kind: .task, at: task.fields.completedAt ?? task.fields.dueAt ?? task.meta.createdAt,
                label: MessageCatalog.text("web.timeline.task", language), text: task.fields.title,
                detail: DisplayFormat.choice("task_status", task.fields.status, language))
        }
        entries += opportunities.map { deal in
            Entry(
                kind: .opportunity, at: deal.meta.createdAt,
                label: MessageCatalog.text("web.timeline.opportunity", language), text: deal.fields.name,
                detail: DisplayFormat.money(deal.fields.amount))
        }
        entries.append(
            Entry(
                kind: .created, at: account.meta.createdAt, label: MessageCatalog.text("web.timeline.created", language),
                text: account.fields.name, detail: AccountChoices.sourceName(account.fields.source, language)))
        return entries.sorted { $0.at > $1.at }
    }
}
