import CairnCore
import CairnServices

/// A deal: its account, stage and worth, how it moved, what happened around it, and logging an activity on it.
struct OpportunityPage {
    let chrome: PageChrome
    let deal: Stored<OpportunityFields>
    let account: Stored<AccountFields>?
    let contact: Stored<ContactFields>?
    let history: [StageChange]
    let timeline: Timeline
    /// What the last move did, with its undo.
    var moved: StageMoveNotice?

    /// The fields the add-a-deal form shows (the contact is a list of the account's, the stage starts at the first).
    static let newFields = DeclaredForm.shown(
        OpportunityFields.self, only: ["name", "amount", "expectedCloseDate", "notes"])

    private var language: Language { chrome.web.language }

    func render() -> HTMLNode {
        let fields = deal.fields
        return PageLayout.document(title: fields.name, chrome: chrome) {
            if let moved { moved.render(chrome) }
            div(.class("grid-2")) {
                section(.class("card"), .aria("labelledby", "facts-heading")) {
                    h2(.id("facts-heading")) { chrome.text("web.account.facts") }
                    dl(.class("facts")) {
                        dt { chrome.text("field.accountId") }
                        dd { link(account.map { (WebPaths.account($0.id), $0.fields.name) }) }
                        dt { chrome.text("field.contactId") }
                        dd { link(contact.map { (WebPaths.contact($0.id), $0.fields.name) }) }
                        dt { chrome.text("field.stage") }
                        dd { PipelineText.stageName(fields.stage, language) }
                        dt { chrome.text("field.amount") }
                        dd { DisplayFormat.money(fields.amount) }
                        dt { chrome.text("field.expectedCloseDate") }
                        dd { fields.expectedCloseDate.map { "\($0)" } ?? chrome.text("web.none") }
                        if let reason = fields.lossReason {
                            dt { chrome.text("field.lossReason") }
                            dd { language == .zhCN ? reason.nameZh : reason.nameEn }
                        }
                    }
                    if Pipeline.standard.stage(fields.stage)?.outcome == .open {
                        StageMoveForm(deal: deal, back: WebPaths.opportunity(deal.id)).render(chrome)
                    }
                    p { a(.href(WebPaths.pipeline)) { chrome.text("web.deal.on_board") } }
                    stageHistory()
                }
                section(.class("card log-card"), .aria("labelledby", "log-heading")) {
                    h2(.id("log-heading")) { chrome.text("web.activity.title") }
                    ActivityQuickForm(
                        accountId: fields.accountId, opportunityId: deal.id,
                        contacts: contact.map { [(id: $0.id, name: $0.fields.name)] } ?? [], contactId: contact?.id,
                        buttonLabel: chrome.text("web.today.action.log_follow_up"), back: WebPaths.opportunity(deal.id),
                        idPrefix: "deal-activity"
                    ).render(chrome.web)
                }
            }
            timeline.render(chrome)
        }
    }

    private func link(_ target: (href: String, name: String)?) -> HTMLNode {
        guard let target else { return .text(chrome.text("web.none")) }
        return a(.href(target.href)) { target.name }
    }

    private func stageHistory() -> HTMLNode {
        section(.aria("labelledby", "history-heading")) {
            h2(.id("history-heading")) { chrome.text("web.deal.history") }
            ol(.class("plain-list"), .id("stage-history")) {
                for change in history.reversed() {
                    li {
                        small { DisplayFormat.dateTime(change.changedAt) }
                        " "
                        PipelineText.stageName(change.toStage, language)
                    }
                }
            }
        }
    }
}
