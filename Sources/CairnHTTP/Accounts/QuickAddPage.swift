import CairnCore
import CairnServices

/// Quick add: a customer in three fields (name, phone, source channel); the account page then lists the rest.
struct QuickAddPage {
    let chrome: PageChrome
    /// What was typed into a refused attempt.
    var typed = FormFields()
    var errors = FormErrors()
    /// Existing customers the typed one looks like, and who is asking (for the override button).
    var duplicates = DuplicateFindings.none
    var actor: Actor?

    func render() -> HTMLNode {
        PageLayout.document(title: chrome.text("web.quick_add.title"), chrome: chrome) {
            form(
                HTMLAttribute("method", "post"), HTMLAttribute("action", WebPaths.quickAdd), .class("card narrow"),
                .data("check", WebPaths.quickAddCheck)
            ) {
                FormControls.tokenField(chrome.web)
                p(.class("hint")) { chrome.text("web.quick_add.hint") }
                // Filled while the rep types (the script asks the check address), and on a refused submit.
                div(.id("duplicate-live"), HTMLAttribute("aria-live", "polite")) {
                    DuplicatePanel.render(duplicates, chrome: chrome)
                }
                FormControls.otherErrors(errors, shown: ["name", "phone", "source", "creditCode"])
                FormControls.textField(
                    "name", label: chrome.text("web.quick_add.name"), value: typed["name"], errors: errors,
                    isRequired: true, autocomplete: "organization", idPrefix: "quick")
                FormControls.textField(
                    "phone", label: chrome.text("field.phone"), value: typed["phone"], errors: errors, type: "tel",
                    autocomplete: "tel", idPrefix: "quick", hint: chrome.text("web.quick_add.phone_hint"))
                FormControls.selectField(
                    "source", label: chrome.text("field.source"), options: AccountChoices.sources(chrome.web.language),
                    selected: typed["source"], errors: errors, blank: chrome.text("web.choose"), idPrefix: "quick")
                // The identity that settles "is this the same company" at once, when the rep has it to hand.
                FormControls.textField(
                    "creditCode", label: chrome.text("field.creditCode"), value: typed["creditCode"], errors: errors,
                    autocomplete: "off", idPrefix: "quick", hint: chrome.text("web.quick_add.credit_code_hint"))
                if duplicates.isEmpty {
                    button(.type("submit"), .class("button primary")) { chrome.text("web.quick_add.submit") }
                } else if let actor {
                    div(.class("actions")) {
                        button(.type("submit"), .class("button primary")) { chrome.text("web.duplicates.check_again") }
                        DuplicatePanel.continueButtons(duplicates, actor: actor, chrome: chrome)
                    }
                }
            }
        }
    }
}
