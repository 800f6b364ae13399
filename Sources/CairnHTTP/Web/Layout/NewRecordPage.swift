import CairnCore
import CairnServices

/// A page with one form that adds a record to an account (a contact, a deal): what was typed kept and each error next
/// to its field when refused, the duplicate panel and its buttons when the record looks like an existing one, and the
/// way back to the account.
struct NewRecordPage<Fields: RecordFields> {
    let chrome: PageChrome
    let title: String
    let account: Stored<AccountFields>
    let action: String
    let shown: [FieldDeclaration<Fields>]
    var typed: FormFields?
    var errors = FormErrors()
    var duplicates = DuplicateFindings.none
    var actor: Actor?
    /// The account's contacts, for records that may name one (a deal); none: no contact list.
    var contacts: [(id: String, name: String)] = []

    func render() -> HTMLNode {
        PageLayout.document(title: title, chrome: chrome) {
            p {
                chrome.text("web.activity.for")
                a(.href(WebPaths.account(account.id))) { account.fields.name }
            }
            div(.class("card narrow")) {
                form(HTMLAttribute("method", "post"), HTMLAttribute("action", action), .id("new-record-form")) {
                    FormControls.tokenField(chrome.web)
                    FormControls.otherErrors(errors, shown: Set(shown.map(\.key) + ["contactId"]))
                    if !duplicates.isEmpty { DuplicatePanel.render(duplicates, chrome: chrome) }
                    // Blank to begin with (no "0.00" for an amount nobody typed).
                    DeclaredForm.controls(
                        Fields.blank, shown: shown, typed: typed ?? FormFields(), errors: errors, chrome: chrome,
                        idPrefix: "new")
                    if !contacts.isEmpty {
                        FormControls.selectField(
                            "contactId", label: chrome.text("field.contactId"), options: contacts.map { ($0.id, $0.name) },
                            selected: typed?["contactId"], errors: errors, blank: chrome.text("web.optional"),
                            idPrefix: "new")
                    }
                    div(.class("actions")) {
                        button(.type("submit"), .class("button primary")) { chrome.text("web.save") }
                        if !duplicates.isEmpty, let actor {
                            DuplicatePanel.continueButtons(duplicates, actor: actor, chrome: chrome)
                        }
                        a(.class("button subtle"), .href(WebPaths.account(account.id))) { chrome.text("web.cancel") }
                    }
                }
            }
        }
    }
}
