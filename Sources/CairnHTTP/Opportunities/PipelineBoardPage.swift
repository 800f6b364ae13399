import CairnCore

/// The pipeline board: one column per stage with its deal count and total, a card per deal that moves with its
/// own form (or by drag and drop where the script runs).
struct PipelineBoardPage {
    /// Cards shown per column; the totals always count every deal.
    static let cardsPerColumn = 30

    let chrome: PageChrome
    let columns: [StageKey: [Stored<OpportunityFields>]]
    let totals: [StageTotal]
    let accountNames: [String: String]
    let owners: [User]
    /// Teams to filter by; empty when the user sees only one team anyway.
    let teams: [Team]
    let filter: DealFilter
    var errors = FormErrors()

    private var language: Language { chrome.web.language }
    private var back: String {
        WebPaths.with(WebPaths.pipeline, [("ownerId", filter.ownerId), ("teamId", filter.teamId)])
    }

    func render() -> HTMLNode {
        PageLayout.document(title: chrome.text("web.pipeline.title"), chrome: chrome) {
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
        let selectId = "move-\(deal.id)"
        return article(.class("deal-card"), .data("id", deal.id)) {
            strong { fields.name }
            div { a(.href(WebPaths.account(fields.accountId))) { accountNames[fields.accountId] ?? "" } }
            div(.class("hint")) { DisplayFormat.money(fields.amount) }
            a(
                .href(
                    WebPaths.with(
                        WebPaths.newActivity,
                        [("accountId", fields.accountId), ("opportunityId", deal.id), ("back", back)]))
            ) { chrome.text("web.today.action.log_follow_up") }
            form(
                HTMLAttribute("method", "post"), HTMLAttribute("action", WebPaths.opportunityMove(deal.id)),
                .class("move-form")
            ) {
                FormControls.tokenField(chrome.web)
                input(.type("hidden"), .name("back"), .value(back))
                input(.type("hidden"), .name("version"), .value(String(deal.meta.version)))
                label(.for(selectId), .class("visually-hidden")) {
                    chrome.text("web.pipeline.move_label", ["name": fields.name])
                }
                select(.id(selectId), .name("stage")) {
                    for stage in Pipeline.standard.stages {
                        option(
                            .value(stage.key.rawValue), stage.key == Self.nextStage(after: fields.stage) ? .flag("selected") : nil
                        ) {
                            PipelineText.stageName(stage.key, language)
                        }
                    }
                }
                label(.for("\(selectId)-reason"), .class("visually-hidden")) { chrome.text("field.lossReason") }
                select(.id("\(selectId)-reason"), .name("lossReason"), .class("loss-reason")) {
                    option(.value("")) { chrome.text("web.pipeline.loss_reason_if_lost") }
                    for reason in LossReason.allCases {
                        option(.value(reason.rawValue)) { language == .zhCN ? reason.nameZh : reason.nameEn }
                    }
                }
                button(.type("submit"), .class("button move-button")) { chrome.text("web.pipeline.move") }
            }
        }
    }

    /// The stage the move list starts on: the following open stage, or the deal's own from the last open one —
    /// never won or lost, which a person must choose (one careless click must not close a deal).
    static func nextStage(after key: StageKey, in pipeline: Pipeline = .standard) -> StageKey {
        let stages = pipeline.stages
        guard let index = stages.firstIndex(where: { $0.key == key }), index + 1 < stages.count,
            stages[index + 1].outcome == .open
        else { return key }
        return stages[index + 1].key
    }
}
