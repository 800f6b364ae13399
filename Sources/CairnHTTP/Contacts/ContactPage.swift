import CairnCore
import CairnServices

/// A contact: who they are, at which account, what happened with them, and the two things done from here — log an
/// activity with them, and correct their details.
struct ContactPage {
    let chrome: PageChrome
    let contact: Stored<ContactFields>
    /// The account, when the reader may see it.
    let account: Stored<AccountFields>?
    let timeline: Timeline
    var notice: String?
    /// What was typed into the edit form, when it came back refused.
    var editForm: FormFields?
    var editErrors = FormErrors()

    /// The fields the edit form shows: all a person gives but the account (a contact moves by a merge).
    static let editableFields = DeclaredForm.shown(ContactFields.self).filter { $0.key != "accountId" }

    private var language: Language { chrome.web.language }
    private var path: String { WebPaths.contact(contact.id) }

    func render() -> HTMLNode {
        PageLayout.document(title: contact.fields.name, chrome: chrome) {
            if let notice { p(.class("notice"), HTMLAttribute("role", "status")) { notice } }
            div(.class("grid-2")) {
                section(.class("card"), .aria("labelledby", "facts-heading")) {
                    h2(.id("facts-heading")) { chrome.text("web.account.facts") }
                    dl(.class("facts")) {
                        dt { chrome.text("field.accountId") }
                        dd {
                            if let account {
                                a(.href(WebPaths.account(account.id))) { account.fields.name }
                            } else {
                                chrome.text("web.none")
                            }
                        }
                        for (field, value) in DeclaredDisplay.facts(contact.fields, language) where field != "accountId" {
                            dt { chrome.text("field.\(field)") }
                            dd { value.isEmpty ? chrome.text("web.none") : value }
                        }
                    }
                    editSection()
                }
                section(.class("card log-card"), .aria("labelledby", "log-heading")) {
                    h2(.id("log-heading")) { chrome.text("web.activity.title") }
                    ActivityQuickForm(
                        accountId: contact.fields.accountId, contacts: [(id: contact.id, name: contact.fields.name)],
                        contactId: contact.id, buttonLabel: chrome.text("web.today.action.log_call"), back: path,
                        idPrefix: "contact-activity"
                    ).render(chrome.web)
                }
            }
            timeline.render(chrome)
        }
    }

    private func editSection() -> HTMLNode {
        details(.class("edit"), editForm != nil ? .flag("open") : nil) {
            summary(.class("button")) { chrome.text("web.account.edit") }
            form(HTMLAttribute("method", "post"), HTMLAttribute("action", WebPaths.contactEdit(contact.id))) {
                FormControls.tokenField(chrome.web)
                input(.type("hidden"), .name("version"), .value(String(contact.meta.version)))
                FormControls.otherErrors(editErrors, shown: Set(Self.editableFields.map(\.key)))
                DeclaredForm.controls(
                    contact.fields, shown: Self.editableFields, typed: editForm, errors: editErrors, chrome: chrome,
                    idPrefix: "edit")
                button(.type("submit"), .class("button primary")) { chrome.text("web.save") }
            }
        }
    }
}
