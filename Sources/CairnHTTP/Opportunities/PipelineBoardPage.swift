import CairnCore

/// The pipeline board: one column per stage with its deal count and total, a card per deal that moves with its
/// own form (or by drag and drop where the script runs).
struct PipelineBoardPage {
    /// Cards shown per column, biggest first; the totals always count every deal (an admin's board of every deal
    /// stays a screen or two, not thousands of pixels).
    static let cardsPerColumn = 12

    let chrome: PageChrome
    let columns: [StageKey: [Stored<OpportunityFields>]]
    let totals: [StageTotal]
    let accountNames: [String: String]
    let owners: [User]
    /// Teams to filter by; empty when the user sees only one team anyway.
    let teams: [Team]
    let filter: DealFilter
    var errors = FormErrors()
    /// What the last move did (with its undo), or why it was refused.
    var moved: StageMoveNotice?
    var problem: String?
    /// A move that was refused: which deal, the stage chosen, and why (said on its card and, naming it, at the top).
    var refusedMove: (dealId: String, stage: String, messages: [String])?

    private var language: Language { chrome.web.language }
    /// This board's address (with its filter), where moves come back to.
    var back: String {
        WebPaths.with(WebPaths.pipeline, [("ownerId", filter.ownerId), ("teamId", filter.teamId)])
    }

    func render() -> HTMLNode {
        PageLayout.document(title: chrome.text("web.pipeline.title"), chrome: chrome) {
            if let moved { moved.render(chrome) }
            if let problem { p(.class("form-errors"), HTMLAttribute("role", "alert")) { problem } }
            form(
                HTMLAttribute("method", "get"), HTMLAttribute("action", WebPaths.pipeline), .class("card toolbar"),
                .id("pipeline-filter")
            ) {
                FormControls.selectField(
                    "ownerId", label: chrome.text("field.ownerId"), options: owners.map { ($0.id, $0.name) },
                    selected: filter.ownerId, errors: FormErrors(), blank: chrome.text("web.any"), idPrefix: "filter")
                if !teams.isEmpty {
                    FormControls.selectField(
                        "teamId", label: chrome.text("field.team"), options: teams.map { ($0.id, $0.name) },
                        selected: filter.teamId, errors: FormErrors(), blank: chrome.text("web.any"), idPrefix: "filter")
                }
                button(.type("submit"), .class("button primary")) { chrome.text("web.accounts.apply") }
            }
            FormControls.otherErrors(errors, shown: [])
            p(.class("hint")) { chrome.text("web.pipeline.hint") }
            div(.class("board"), .id("pipeline-board")) {
                for stage in Pipeline.standard.stages { column(stage) }
            }
        }
    }

    private func column(_ stage: Stage) -> HTMLNode {
        let name = PipelineText.stageName(stage.key, language)
        let stageTotals = totals.filter { $0.stage == stage.key }
        let count = stageTotals.reduce(0) { $0 + $1.count }
        let amounts = stageTotals.sorted { $0.currency < $1.currency }
            .map { DisplayFormat.money(Money(minorUnits: $0.amountMinor, currency: $0.currency)) }
        let cards = columns[stage.key] ?? []
        return section(
            .class("board-column"), .data("stage", stage.key.rawValue), .aria("labelledby", "stage-\(stage.key)")
        ) {
            h2(.id("stage-\(stage.key)")) { "\(name) · \(stage.probability)%" }
            p(.class("column-total")) {
                chrome.text(
                    "web.pipeline.total",
                    [
                        "n": String(count),
                        "amount": amounts.isEmpty ? DisplayFormat.money(.zero()) : amounts.joined(separator: " + "),
                    ])
            }
            for deal in cards { card(deal) }
            if count > cards.count {
                p(.class("hint")) { chrome.text("web.pipeline.more", ["n": String(count - cards.count)]) }
            }
        }
    }

    private func card(_ deal: Stored<OpportunityFields>) -> HTMLNode {
        let fields = deal.fields
        return article(.class("deal-card"), .id("deal-\(deal.id)"), .data("id", deal.id)) {
            a(.href(WebPaths.opportunity(deal.id))) { strong { fields.name } }
            div { a(.href(WebPaths.account(fields.accountId))) { accountNames[fields.accountId] ?? "" } }
            div(.class("hint")) { DisplayFormat.money(fields.amount) }
            a(
                .href(
                    WebPaths.with(
                        WebPaths.newActivity,
                        [("accountId", fields.accountId), ("opportunityId", deal.id), ("back", back)]))
            ) { chrome.text("web.today.action.log_follow_up") }
            StageMoveForm(
                deal: deal, back: back,
                refused: refusedMove.flatMap { $0.dealId == deal.id ? ($0.stage, $0.messages) : nil }
            ).render(chrome)
        }
    }
}
