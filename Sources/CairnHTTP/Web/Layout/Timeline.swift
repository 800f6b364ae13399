import CairnCore
import Foundation

/// What happened with a customer, newest first, as the account, contact and deal pages show it: activities, tasks,
/// deals opened and, for an account, its creation. Open tasks still ahead are listed apart ("接下来"), not on top
/// of the past; the past shows its newest entries first, one kind at a time if the reader picks one, all on request.
struct Timeline {
    /// One entry.
    struct Entry: Sendable {
        enum Kind: String, Sendable, CaseIterable { case activity, task, opportunity, created }
        let kind: Kind
        let at: Date
        let label: String
        let text: String
        let detail: String?
    }

    var entries: [Entry]
    /// Open tasks due later than now, soonest first.
    var upcoming: [Entry] = []

    /// Entries shown before "show all".
    static let shownAtFirst = 20

    /// The entries of these records, newest first; `created` adds the record's own beginning; open tasks due after
    /// `now` or without a date go to `upcoming`, soonest first, undated last.
    init(
        activities: [Stored<ActivityFields>], tasks: [Stored<TaskFields>], opportunities: [Stored<OpportunityFields>] = [],
        created: Entry? = nil, now: Date, _ language: Language
    ) {
        // Still to do: open tasks due later, or with no date (a next step written without one).
        let ahead = tasks.filter { $0.fields.status == .open && ($0.fields.dueAt.map { $0 > now } ?? true) }
        let aheadIds = Set(ahead.map(\.id))
        let tasks = tasks.filter { !aheadIds.contains($0.id) }
        upcoming = ahead.sorted { ($0.fields.dueAt ?? .distantFuture) < ($1.fields.dueAt ?? .distantFuture) }.map { task in
            Entry(
                kind: .task, at: task.fields.dueAt ?? .distantFuture, label: MessageCatalog.text("web.timeline.task", language),
                text: task.fields.title, detail: nil)
        }
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

    /// The timeline as a card: what comes next, then the past — one kind when the page's address asks
    /// (`?timeline=task`), the first `shownAtFirst` unless it asks for all (`&all=1`) — with links that keep the
    /// reader on the page.
    func render(_ chrome: PageChrome) -> HTMLNode {
        let query = FormFields(queryOf: chrome.path)
        let path = String(chrome.path.split(separator: "?", maxSplits: 1).first ?? "")
        let only = query.text("timeline").flatMap(Entry.Kind.init(rawValue:))
        let showAll = query["all"] != nil
        let past = entries.filter { only == nil || $0.kind == only }
        let shown = showAll ? past : Array(past.prefix(Self.shownAtFirst))
        return section(.class("card"), .aria("labelledby", "timeline-heading")) {
            if !upcoming.isEmpty {
                h2(.id("upcoming-heading")) { chrome.text("web.timeline.upcoming") }
                ul(.class("plain-list"), .id("upcoming")) {
                    for entry in upcoming {
                        li {
                            if entry.at != .distantFuture {
                                small { DisplayFormat.dateTime(entry.at) }
                                " "
                            }
                            entry.text
                        }
                    }
                }
            }
            h2(.id("timeline-heading")) { chrome.text("web.account.timeline") }
            nav(.class("timeline-filter"), .aria("label", chrome.text("web.timeline.filter"))) {
                for kind in [nil] + [Entry.Kind.activity, .task, .opportunity] as [Entry.Kind?] {
                    let href = WebPaths.with(path, [("timeline", kind?.rawValue)])
                    a(.href(href), kind == only ? .aria("current", "true") : nil) {
                        chrome.text("web.timeline.filter.\(kind?.rawValue ?? "all")")
                    }
                }
            }
            if shown.isEmpty {
                p(.class("empty-state")) { chrome.text("web.timeline.empty") }
            } else {
                ol(.class("timeline"), .id("timeline")) {
                    for entry in shown {
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
            if shown.count < past.count {
                p {
                    a(.href(WebPaths.with(path, [("timeline", only?.rawValue), ("all", "1")])), .id("timeline-all")) {
                        chrome.text("web.timeline.all", ["n": String(past.count)])
                    }
                }
            }
        }
    }
}
