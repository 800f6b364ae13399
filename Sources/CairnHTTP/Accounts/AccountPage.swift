import CairnCore
import CairnServices

/// The 360° page of one account: facts and what is still missing, contacts, deals, one timeline, and the
/// edit form (open with its errors after a refused save).
struct AccountPage {
    let chrome: PageChrome
    let overview: AccountOverview
    /// Values typed into a refused edit, and their errors.
    var editForm: FormFields?
    var editErrors = FormErrors()
    /// The records an edit would have made this account match (the edit was refused).
    var editDuplicates = DuplicateFindings.none
    /// Who is editing (offered the override of a blocking match when their role has the right).
    var actor: Actor?
    /// A notice to show once (after a quick add or a save).
    var notice: String?
    /// The merge that just made this account, offered for undo.
    var undoMergeId: String?

    private var language: Language { chrome.web.language }
    private var account: Stored<AccountFields> { overview.account }
    private var path: String { WebPaths.account(account.id) }

    func render() -> HTMLNode {
        PageLayout.document(title: account.fields.name, chrome: chrome) {
            if let notice { p(.class("notice"), HTMLAttribute("role", "status")) { notice } }
            if let undoMergeId {
                form(HTMLAttribute("method", "post"), HTMLAttribute("action", WebPaths.mergeUndo(undoMergeId))) {
                    FormControls.tokenField(chrome.web)
                    button(.type("submit"), .class("button"), .id("undo-merge")) { chrome.text("web.merge.undo") }
                }
            }
            div(.class("grid-2")) {
                section(.class("card"), .aria("labelledby", "facts-heading")) {
                    h2(.id("facts-heading")) { chrome.text("web.account.facts") }
                    facts()
                    missing()
                    editSection()
                }
                section(.class("card log-card"), .aria("labelledby", "log-heading")) {
                    h2(.id("log-heading")) { chrome.text("web.activity.title") }
                    ActivityQuickForm(
                        accountId: account.id, contacts: overview.contacts.map { (id: $0.id, name: $0.fields.name) },
                        buttonLabel: chrome.text("web.today.action.log_call"), back: path, idPrefix: "account-activity"
                    ).render(chrome.web)
                    contacts()
                    opportunities()
                }
            }
            timeline()
        }
    }

    private func facts() -> HTMLNode {
        let rows = DeclaredDisplay.facts(account.fields, language) + [("ownerId", overview.ownerName)]
        return dl(.class("facts")) {
            for (field, value) in rows {
                dt { chrome.text("field.\(field)") }
                dd { value.trimmingCharacters(in: .whitespaces).isEmpty ? chrome.text("web.none") : value }
            }
        }
    }

    private func missing() -> HTMLNode {
        let missingFields = account.fields.missingProfileFields
        return div(.id("missing-fields"), .class("missing")) {
            if missingFields.isEmpty {
                p { chrome.text("web.account.complete") }
            } else {
                p {
                    chrome.text(
                        "web.account.missing",
                        ["fields": DisplayFormat.list(missingFields.map { chrome.text("field.\($0)") }, language)])
                }
            }
        }
    }

    private func editSection() -> HTMLNode {
        details(.class("edit"), editForm != nil ? .flag("open") : nil) {
            summary(.class("button")) { chrome.text("web.account.edit") }
            form(HTMLAttribute("method", "post"), HTMLAttribute("action", WebPaths.accountEdit(account.id))) {
                FormControls.tokenField(chrome.web)
                input(.type("hidden"), .name("version"), .value(String(account.meta.version)))
                FormControls.otherErrors(editErrors, shown: Set(AccountWebForm.editableFields.map(\.key)))
                if !editDuplicates.isEmpty { DuplicatePanel.render(editDuplicates, chrome: chrome) }
                DeclaredForm.controls(
                    account.fields, shown: AccountWebForm.editableFields, typed: editForm, errors: editErrors,
                    chrome: chrome, idPrefix: "edit")
                button(.type("submit"), .class("button primary")) { chrome.text("web.save") }
                if editDuplicates.blocks, let actor {
                    DuplicatePanel.continueButtons(editDuplicates, actor: actor, chrome: chrome)
                }
            }
        }
    }

    private func contacts() -> HTMLNode {
        section(.aria("labelledby", "contacts-heading")) {
            h2(.id("contacts-heading")) { chrome.text("web.account.contacts", ["n": String(overview.contacts.count)]) }
            if overview.contacts.isEmpty {
                p(.class("empty-state")) { chrome.text("web.account.no_contacts") }
            }
            p { a(.href(WebPaths.newContact(accountId: account.id)), .id("add-contact")) { chrome.text("web.contact.add") } }
            if !overview.contacts.isEmpty {
                ul(.class("plain-list")) {
                    for contact in overview.contacts {
                        li {
                            a(.href(WebPaths.contact(contact.id))) { strong { contact.fields.name } }
                            " "
                            [
                                contact.fields.jobTitle,
                                DisplayFormat.choice("decision_role", contact.fields.decisionRole, language),
                            ]
                            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
                            if let mobile = contact.fields.mobile {
                                " "
                                a(.href("tel:\(mobile)")) { DisplayFormat.phone(mobile) }
                            }
                        }
                    }
                }
            }
        }
    }

    private func opportunities() -> HTMLNode {
        section(.aria("labelledby", "deals-heading")) {
            h2(.id("deals-heading")) { chrome.text("web.account.opportunities", ["n": String(overview.opportunities.count)]) }
            if overview.opportunities.isEmpty {
                p(.class("empty-state")) { chrome.text("web.account.no_opportunities") }
            }
            p { a(.href(WebPaths.newOpportunity(accountId: account.id)), .id("add-deal")) { chrome.text("web.deal.add") } }
            if !overview.opportunities.isEmpty {
                ul(.class("plain-list")) {
                    for deal in overview.opportunities {
                        li {
                            a(.href(WebPaths.opportunity(deal.id))) { strong { deal.fields.name } }
                            " · \(PipelineText.stageName(deal.fields.stage, language)) · \(DisplayFormat.money(deal.fields.amount))"
                        }
                    }
                }
            }
        }
    }

    private func timeline() -> HTMLNode { overview.timeline(language).render(chrome) }
}
