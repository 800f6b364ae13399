import CairnCore
import Foundation

/// The leads inbox: new leads for me (or my team), each one decision away from accepted, converted or
/// disqualified, and one click from a logged call.
struct LeadInboxPage {
    let chrome: PageChrome
    let leads: [Stored<LeadFields>]
    let ownerNames: [String: String]
    let isTeamView: Bool
    let status: String
    let now: Date
    var errors = FormErrors()
    /// A conversion just refused for duplicates, shown above the list.
    var duplicates: LeadDuplicatesPanel?

    private var language: Language { chrome.web.language }
    private var back: String {
        WebPaths.with(WebPaths.leads, [("scope", isTeamView ? "team" : nil), ("status", status)])
    }

    func render() -> HTMLNode {
        PageLayout.document(title: chrome.text("web.leads.title"), chrome: chrome) {
            form(HTMLAttribute("method", "get"), HTMLAttribute("action", WebPaths.leads), .class("card toolbar")) {
                FormControls.selectField(
                    "scope", label: chrome.text("web.leads.scope"),
                    options: [("mine", chrome.text("web.leads.mine")), ("team", chrome.text("web.leads.team"))],
                    selected: isTeamView ? "team" : "mine", errors: FormErrors(), idPrefix: "filter")
                FormControls.selectField(
                    "status", label: chrome.text("field.status"),
                    options: DisplayFormat.options("lead_status", LeadStatus.rawValues, language), selected: status,
                    errors: FormErrors(), idPrefix: "filter")
                button(.type("submit"), .class("button primary")) { chrome.text("web.accounts.apply") }
            }
            FormControls.otherErrors(errors, shown: [])
            if let duplicates { duplicates.render() }
            if leads.isEmpty {
                p(.class("empty-state")) { chrome.text("web.leads.empty") }
            } else {
                ul(.class("today-list"), .id("lead-list")) {
                    for (index, lead) in leads.enumerated() { row(lead, index: index) }
                }
            }
        }
    }

    private func row(_ lead: Stored<LeadFields>, index: Int) -> HTMLNode {
        let fields = lead.fields
        let isOpen = ![LeadStatus.converted, LeadStatus.disqualified].contains(fields.status)
        return li(.class("today-item lead-item"), .id("lead-\(lead.id)"), .data("record", lead.id)) {
            div(.class("today-what")) {
                span(.class("badge")) { DisplayFormat.choice("lead_status", fields.status, language) }
                // Who, where and how to reach them on one line: a card a rep scans, not a form.
                div(.class("lead-who")) {
                    strong { fields.name }
                    if let company = fields.companyName { span { company } }
                    if let mobile = fields.mobile ?? fields.phone {
                        a(.href("tel:\(mobile)")) { DisplayFormat.phone(mobile) }
                    }
                }
                small(.class("waited")) {
                    [
                        AccountChoices.sourceName(fields.source, language), fields.productInterest ?? "",
                        isTeamView ? ownerNames[lead.meta.ownerId] ?? "" : "",
                        chrome.text(
                            "web.leads.received",
                            ["duration": DisplayFormat.duration(from: lead.meta.createdAt, to: now, language)]),
                    ].filter { !$0.isEmpty }.joined(separator: " · ")
                }
                if let reason = fields.disqualifyReason { small { reason } }
            }
            if isOpen { div(.class("today-actions")) { actions(lead, index: index) } }
        }
    }

    @HTMLBuilder private func actions(_ lead: Stored<LeadFields>, index: Int) -> [HTMLNode] {
        ActivityQuickForm(
            leadId: lead.id, buttonLabel: chrome.text("web.today.action.log_call"), back: back, idPrefix: "lead-\(index)"
        ).render(chrome.web)
        if lead.fields.status == LeadStatus.new {
            form(HTMLAttribute("method", "post"), HTMLAttribute("action", WebPaths.lead(lead.id, action: "accept"))) {
                FormControls.tokenField(chrome.web)
                input(.type("hidden"), .name("back"), .value(back))
                button(.type("submit"), .class("button")) { chrome.text("web.leads.accept") }
            }
        }
        details(.class("quick-form")) {
            summary(.class("button")) { chrome.text("web.leads.convert") }
            form(HTMLAttribute("method", "post"), HTMLAttribute("action", WebPaths.lead(lead.id, action: "convert"))) {
                FormControls.tokenField(chrome.web)
                p(.class("hint")) { chrome.text("web.leads.convert_hint") }
                FormControls.textField(
                    "opportunityName", label: chrome.text("web.leads.opportunity_name"), value: nil, errors: FormErrors(),
                    idPrefix: "convert-\(index)")
                FormControls.textField(
                    "amount", label: chrome.text("field.amount"), value: nil, errors: FormErrors(), idPrefix: "convert-\(index)",
                    hint: chrome.text("web.leads.amount_hint"))
                button(.type("submit"), .class("button primary")) { chrome.text("web.leads.convert") }
            }
        }
        details(.class("quick-form")) {
            summary(.class("button danger")) { chrome.text("web.leads.disqualify") }
            form(HTMLAttribute("method", "post"), HTMLAttribute("action", WebPaths.lead(lead.id, action: "disqualify"))) {
                FormControls.tokenField(chrome.web)
                input(.type("hidden"), .name("back"), .value(back))
                FormControls.textArea(
                    "disqualifyReason", label: chrome.text("field.disqualifyReason"), value: nil, errors: FormErrors(),
                    isRequired: true, idPrefix: "disqualify-\(index)", rows: 2)
                button(.type("submit"), .class("button danger")) { chrome.text("web.leads.disqualify") }
            }
        }
    }
}
