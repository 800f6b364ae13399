import CairnCore

/// The sign-in form.
struct LoginPage {
    let chrome: PageChrome
    let email: String?
    let next: String?
    let failed: Bool

    func render() -> HTMLNode {
        PageLayout.document(title: chrome.text("web.login.title"), chrome: chrome) {
            form(HTMLAttribute("method", "post"), HTMLAttribute("action", WebPaths.login), .class("card narrow")) {
                FormControls.tokenField(chrome.web)
                input(.type("hidden"), .name("next"), .value(next ?? WebPaths.today))
                if failed {
                    p(.class("form-errors"), HTMLAttribute("role", "alert")) { chrome.text("web.login.failed") }
                }
                FormControls.textField(
                    "email", label: chrome.text("field.email"), value: email, errors: FormErrors(), type: "email",
                    isRequired: true, autocomplete: "username")
                FormControls.textField(
                    "password", label: chrome.text("field.password"), value: nil, errors: FormErrors(),
                    type: "password", isRequired: true, autocomplete: "current-password")
                button(.type("submit"), .class("button primary")) { chrome.text("web.login.submit") }
            }
        }
    }
}
