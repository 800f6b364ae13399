import CairnCore
import Foundation

/// What happened with a customer, newest first, as the account, contact and deal pages show it: activities, tasks,
/// deals opened and, for an account, its creation.
struct Timeline {
    /// One entry.
    struct Entry: Sendable {
        enum Kind: String, Sendable { case activity, task, opportunity, created }
        let kind: Kind
        let at: Date
        let label: String
        let text: String
        let detail: String?
    }

    var entries: [Entry]

    /// The entries of these records, newest first; `created` adds the record's own beginning.
    init(
        activities: [Stored<ActivityFields>], tasks: [Stored<TaskFields>], opportunities: [Stored<OpportunityFields>] = [],
        created: Entry? = nil, _ language: Language
    ) {
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
        if let created { entries.append(created) }
        self.entries = entries.sorted { $0.at > $1.at }
    }

    /// The timeline as a card.
    func render(_ chrome: PageChrome) -> HTMLNode {
        section(.class("card"), .aria("labelledby", "timeline-heading")) {
            h2(.id("timeline-heading")) { chrome.text("web.account.timeline") }
            if entries.isEmpty {
                p(.class("empty-state")) { chrome.text("web.timeline.empty") }
            } else {
                ol(.class("timeline"), .id("timeline")) {
                    for entry in entries {
                        li(.class("timeline-\(entry.kind.rawValue)")) {
                            div(.class("when")) { "\(DisplayFormat.dateTime(entry.at)) · \(entry.label)" }
                            div {
                                entry.text
                                if let detail = entry.detail, !detail.isEmpty { small { " （\(detail)）" } }
                            }
                        }
                    }
                }
            }
        }
    }
}
