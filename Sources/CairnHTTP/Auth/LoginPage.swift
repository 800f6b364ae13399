import CairnCore

/// The sign-in form.
struct LoginPage {
    let chrome: PageChrome
    let email: String?
    let next: String?
    /// Why the last attempt was refused (wrong password, or too many of them), shown above the form.
    var problem: String?

    func render() -> HTMLNode {
        PageLayout.document(title: chrome.text("web.login.title"), chrome: chrome) {
            form(HTMLAttribute("method", "post"), HTMLAttribute("action", WebPaths.login), .class("card narrow")) {
                FormControls.tokenField(chrome.web)
                input(.type("hidden"), .name("next"), .value(next ?? WebPaths.today))
                if let problem {
                    p(.class("form-errors"), HTMLAttribute("role", "alert")) { problem }
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
