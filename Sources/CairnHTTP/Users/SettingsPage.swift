import CairnCore
import CairnServices
import Foundation

/// The signed-in user's own settings: their password and their API tokens (a new token's secret shown once).
struct SettingsPage {
    /// What the last action left to show.
    struct State {
        var notice: String?
        /// The token just made, with its secret, shown this once.
        var created: (name: String, secret: String)?
        /// What was typed into the token form, when it came back with errors.
        var typedToken: FormFields?
        var tokenErrors = FormErrors()
        var passwordErrors = FormErrors()
    }

    let chrome: PageChrome
    let tokens: [APITokenSummary]
    let state: State

    private var notice: String? { state.notice }
    private var created: (name: String, secret: String)? { state.created }
    private var typedToken: FormFields? { state.typedToken }
    private var tokenErrors: FormErrors { state.tokenErrors }
    private var passwordErrors: FormErrors { state.passwordErrors }

    func render() -> HTMLNode {
        PageLayout.document(title: chrome.text("web.settings.title"), chrome: chrome) {
            if let notice { p(.class("notice"), HTMLAttribute("role", "status")) { notice } }
            if let created {
                div(.class("notice"), HTMLAttribute("role", "status"), .id("new-token")) {
                    p { chrome.text("web.tokens.created", ["name": created.name]) }
                    p { HTMLNode.element("code", [.id("new-token-secret"), .class("secret")], [.text(created.secret)]) }
                }
            }
            div(.class("grid-2")) {
                section(.class("card"), .aria("labelledby", "password-heading")) {
                    h2(.id("password-heading")) { chrome.text("web.password.heading") }
                    passwordForm()
                }
                section(.class("card"), .aria("labelledby", "new-token-heading")) {
                    h2(.id("new-token-heading")) { chrome.text("web.tokens.new") }
                    tokenForm()
                }
            }
            section(.class("card"), .aria("labelledby", "tokens-heading")) {
                h2(.id("tokens-heading")) { chrome.text("web.tokens.heading", ["n": String(tokens.count)]) }
                p(.class("muted")) { chrome.text("web.tokens.intro") }
                if tokens.isEmpty {
                    p(.id("no-tokens")) { chrome.text("web.tokens.none") }
                } else {
                    ul(.class("plain-list"), .id("token-list")) { for token in tokens { tokenItem(token) } }
                }
            }
        }
    }

    private func tokenItem(_ token: APITokenSummary) -> HTMLNode {
        li {
            strong { token.name }
            " · "
            DisplayFormat.list(token.scopes.map(scopeName), chrome.web.language)
            br()
            small {
                chrome.text("web.tokens.created_at", ["time": DisplayFormat.date(token.createdAt)])
                " · "
                if token.expired {
                    strong { chrome.text("web.tokens.expired") }
                } else if let expiresAt = token.expiresAt {
                    chrome.text("web.tokens.expires_at", ["time": DisplayFormat.date(expiresAt)])
                } else {
                    chrome.text("web.tokens.never_expires")
                }
                " · "
                if let used = token.lastUsedAt {
                    chrome.text("web.tokens.last_used", ["time": DisplayFormat.dateTime(used)])
                } else {
                    chrome.text("web.tokens.never_used")
                }
            }
            form(HTMLAttribute("method", "post"), HTMLAttribute("action", WebPaths.tokenRevoke(token.id)), .class("inline")) {
                FormControls.tokenField(chrome.web)
                button(
                    .type("submit"), .class("link-button"),
                    .aria("label", chrome.text("web.tokens.revoke_named", ["name": token.name]))
                ) { chrome.text("web.tokens.revoke") }
            }
        }
    }

    private func passwordForm() -> HTMLNode {
        form(HTMLAttribute("method", "post"), HTMLAttribute("action", WebPaths.settingsPassword), .id("password-form")) {
            FormControls.tokenField(chrome.web)
            FormControls.otherErrors(passwordErrors, shown: ["currentPassword", "newPassword"])
            FormControls.textField(
                "currentPassword", label: chrome.text("field.currentPassword"), value: nil, errors: passwordErrors,
                type: "password", isRequired: true, autocomplete: "current-password", idPrefix: "password")
            FormControls.textField(
                "newPassword", label: chrome.text("field.newPassword"), value: nil, errors: passwordErrors,
                type: "password", isRequired: true, autocomplete: "new-password", idPrefix: "password",
                hint: chrome.text("web.admin.password_hint"))
            button(.type("submit"), .class("button primary")) { chrome.text("web.password.save") }
        }
    }

    private func tokenForm() -> HTMLNode {
        let chosen = Set(typedToken?.values("scopes") ?? APITokenPolicy.defaultScopes.map(\.text))
        let scopeMessages = tokenErrors.messages(for: "scopes")
        return form(
            HTMLAttribute("method", "post"), HTMLAttribute("action", WebPaths.settingsTokens), .id("token-form")
        ) {
            FormControls.tokenField(chrome.web)
            FormControls.otherErrors(tokenErrors, shown: ["name", "scopes", "expiresInDays"])
            FormControls.textField(
                "name", label: chrome.text("web.tokens.name"), value: typedToken?["name"], errors: tokenErrors,
                isRequired: true, autocomplete: "off", idPrefix: "token", hint: chrome.text("web.tokens.name_hint"))
            fieldset(
                .class(scopeMessages.isEmpty ? "field scopes" : "field scopes has-error"),
                .aria("describedby", scopeMessages.isEmpty ? "token-scopes-hint" : "token-scopes-hint token-scopes-error")
            ) {
                legend { chrome.text("field.scopes") }
                // The general scopes on one line, then each kind's read and write side by side.
                div(.class("scope-general")) {
                    for scope in TokenScope.all where !scope.isKindScope { scopeBox(scope, checked: chosen) }
                }
                div(.class("scope-kinds")) {
                    for scope in TokenScope.all where scope.isKindScope { scopeBox(scope, checked: chosen) }
                }
                p(.class("hint"), .id("token-scopes-hint")) { chrome.text("web.tokens.scopes_hint") }
                if !scopeMessages.isEmpty {
                    p(.class("error"), .id("token-scopes-error")) { scopeMessages.joined(separator: "；") }
                }
            }
            FormControls.textField(
                "expiresInDays", label: chrome.text("field.expiresInDays"),
                value: typedToken?["expiresInDays"] ?? String(APITokenPolicy.defaultDays), errors: tokenErrors,
                type: "number", idPrefix: "token", hint: chrome.text("web.tokens.expires_hint"))
            button(.type("submit"), .class("button primary")) { chrome.text("web.tokens.create") }
        }
    }

    private func scopeBox(_ scope: TokenScope, checked: Set<String>) -> HTMLNode {
        label(.class("check")) {
            input(
                .type("checkbox"), .name("scopes"), .value(scope.text), checked.contains(scope.text) ? .flag("checked") : nil)
            " " + scopeName(scope.text)
        }
    }

    /// A scope's name in the reader's language.
    private func scopeName(_ text: String) -> String {
        guard let scope = TokenScope(text) else { return text }
        switch scope {
        case .read, .write, .admin: return chrome.text("web.tokens.scope.\(text)")
        case .kind(let kind, let access):
            return chrome.text(
                "web.tokens.scope.\(access.rawValue)_kind", ["kind": chrome.text("web.tokens.kind.\(kind.plural)")])
        }
    }
}
