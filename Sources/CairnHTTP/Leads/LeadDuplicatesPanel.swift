import CairnCore
import CairnServices

/// A conversion refused because the lead's company looks like existing customers: the matches, and the ways on —
/// convert into one of them, or (past a warning, or with the override right) create the account anyway.
struct LeadDuplicatesPanel {
    let chrome: PageChrome
    let leadId: String
    let opportunityName: String?
    /// The deal's amount as typed, carried to the next attempt.
    var amount: String?
    let findings: DuplicateFindings
    let actor: Actor

    func render() -> HTMLNode {
        section(.class("card"), .id("lead-duplicates")) {
            DuplicatePanel.render(findings, chrome: chrome)
            form(HTMLAttribute("method", "post"), HTMLAttribute("action", WebPaths.lead(leadId, action: "convert"))) {
                FormControls.tokenField(chrome.web)
                if let opportunityName { input(.type("hidden"), .name("opportunityName"), .value(opportunityName)) }
                if let amount { input(.type("hidden"), .name("amount"), .value(amount)) }
                div(.class("actions")) {
                    for match in findings.visible where match.kind == .account {
                        button(.type("submit"), .name("intoAccount"), .value(match.id), .class("button primary")) {
                            chrome.text("web.duplicates.convert_into", ["name": match.name])
                        }
                    }
                    DuplicatePanel.continueButtons(findings, actor: actor, chrome: chrome)
                }
            }
        }
    }
}
