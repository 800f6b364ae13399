import CairnCore
import Foundation

/// The weekly meeting view: per person (and the team in total) new leads, follow-ups, overdue tasks, stage
/// moves and wins since Monday.
struct TeamWeekPage {
    let chrome: PageChrome
    let weekStart: Date
    let people: [User]
    let teams: [Team]
    let figures: [String: WeeklyFigures]

    private static let columns = ["new_leads", "follow_ups", "overdue", "stage_moves", "wins", "won_amount"]
    /// Figures a phone-wide screen leaves out (they appear from tablet width up).
    private static let wideOnlyColumns: Set<String> = ["stage_moves"]

    private static func cellClass(_ column: String) -> String {
        wideOnlyColumns.contains(column) ? "number wide-only" : "number"
    }

    func render() -> HTMLNode {
        let total = sum(people)
        let teamNames = teams.namesByID
        return PageLayout.document(title: chrome.text("web.team.title"), chrome: chrome) {
            p(.class("lead-in")) { chrome.text("web.team.period", ["start": DisplayFormat.date(weekStart)]) }
            Tables.scrollableRegion(label: chrome.text("web.team.title")) {
                HTMLNode.element(
                    "table", [.class("stat-table"), .id("team-table")],
                    [
                        HTMLNode.element("caption", [.class("visually-hidden")], [.text(chrome.text("web.team.title"))]),
                        thead {
                            tr {
                                th(HTMLAttribute("scope", "col")) { chrome.text("web.team.person") }
                                th(HTMLAttribute("scope", "col"), .class("wide-only")) { chrome.text("field.team") }
                                for column in Self.columns {
                                    th(HTMLAttribute("scope", "col"), .class(Self.cellClass(column))) {
                                        chrome.text("web.team.\(column)")
                                    }
                                }
                            }
                        },
                        tbody {
                            for group in groups(teamNames) {
                                for person in group.people {
                                    row(person.name, team: group.name, figures[person.id])
                                }
                                if group.people.count > 1 && groups(teamNames).count > 1 {
                                    row(
                                        chrome.text("web.team.subtotal", ["team": group.name]), team: group.name,
                                        sum(group.people), isTotal: true)
                                }
                            }
                        },
                        HTMLNode.element("tfoot", [], [row(chrome.text("web.team.total"), team: "", total, isTotal: true)]),
                    ])
            }
        }
    }

    /// People by team (teams by name, people without a team last), each group with its team's name.
    private func groups(_ teamNames: [String: String]) -> [(name: String, people: [User])] {
        let byTeam = Dictionary(grouping: people) { $0.teamId.flatMap { teamNames[$0] } ?? "" }
        return byTeam.keys.sorted { ($0.isEmpty ? 1 : 0, $0) < ($1.isEmpty ? 1 : 0, $1) }.map { ($0, byTeam[$0] ?? []) }
    }

    private func sum(_ group: [User]) -> WeeklyFigures {
        group.reduce(WeeklyFigures()) { $0 + (figures[$1.id] ?? WeeklyFigures()) }
    }

    private func row(_ name: String, team: String, _ figures: WeeklyFigures?, isTotal: Bool = false) -> HTMLNode {
        let values = figures ?? WeeklyFigures()
        let cells = [
            String(values.newLeads), String(values.followUps), String(values.overdueTasks), String(values.stageMoves),
            String(values.wins), DisplayFormat.money(Money(minorUnits: values.wonAmountMinor)),
        ]
        return tr(isTotal ? .class("total") : nil) {
            th(HTMLAttribute("scope", "row")) { name }
            td(.class("wide-only")) { team }
            for (column, value) in zip(Self.columns, cells) { td(.class(Self.cellClass(column))) { value } }
        }
    }
}
