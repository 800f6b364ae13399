import CairnCore

/// Administration: the users and teams, and a form to add a user (enough to run a team without the CLI).
struct AdminPage {
    let chrome: PageChrome
    let users: [User]
    let teams: [Team]
    var typed: FormFields?
    var errors = FormErrors()
    var notice: String?
    /// What was sent to the password reset form, when it came back with errors.
    var reset: (typed: FormFields, errors: FormErrors)?

    private var language: Language { chrome.web.language }
    /// The user table's columns a phone-wide screen keeps.
    private static let phoneColumns: Set<String> = ["field.name", "field.email", "field.role"]

    func render() -> HTMLNode {
        let teamNames = teams.namesByID
        return PageLayout.document(title: chrome.text("web.admin.title"), chrome: chrome) {
            if let notice { p(.class("notice"), HTMLAttribute("role", "status")) { notice } }
            if chrome.user.flatMap({ Role.named($0.role) })?.allows(.reviewDuplicates) == true {
                p { a(.href(WebPaths.duplicates), .id("duplicates-link")) { chrome.text("web.admin.duplicates") } }
            }
            if chrome.user.flatMap({ Role.named($0.role) })?.allows(.manageJobs) == true {
                p { a(.href(WebPaths.jobs), .id("jobs-link")) { chrome.text("web.admin.jobs") } }
            }
            div(.class("grid-2")) {
                section(.class("card"), .aria("labelledby", "add-user-heading")) {
                    h2(.id("add-user-heading")) { chrome.text("web.admin.add_user") }
                    addUserForm()
                }
                section(.class("card"), .aria("labelledby", "teams-heading")) {
                    h2(.id("teams-heading")) { chrome.text("web.admin.teams", ["n": String(teams.count)]) }
                    ul(.class("plain-list"), .id("team-list")) {
                        for team in teams {
                            li {
                                strong { team.name }
                                " · "
                                chrome.text(
                                    "web.admin.members", ["n": String(users.filter { $0.teamId == team.id }.count)])
                            }
                        }
                    }
                }
            }
            section(.class("card"), .aria("labelledby", "reset-heading")) {
                h2(.id("reset-heading")) { chrome.text("web.admin.reset_password") }
                resetPasswordForm()
            }
            section(.class("card"), .aria("labelledby", "roles-heading")) {
                h2(.id("roles-heading")) { chrome.text("web.admin.roles") }
                ul(.class("plain-list"), .id("role-list")) {
                    for role in Role.builtIn {
                        li {
                            strong { DisplayFormat.choice("role", role.name, language) }
                            " · "
                            chrome.text("web.admin.scope.\(role.scope.rawValue)")
                            if !role.permissions.isEmpty {
                                " · "
                                DisplayFormat.list(
                                    role.permissions.map { chrome.text("web.admin.permission.\($0.rawValue)") }.sorted(),
                                    chrome.web.language)
                            }
                        }
                    }
                }
            }
            section(.class("card"), .aria("labelledby", "users-heading")) {
                h2(.id("users-heading")) { chrome.text("web.admin.users", ["n": String(users.count)]) }
                Tables.scrollableRegion(label: chrome.text("web.admin.users", ["n": String(users.count)])) {
                    HTMLNode.element(
                        "table", [.id("user-table")],
                        [
                            thead {
                                tr {
                                    for key in ["field.name", "field.email", "field.role", "field.team", "web.admin.active"] {
                                        th(
                                            HTMLAttribute("scope", "col"),
                                            Self.phoneColumns.contains(key) ? nil : .class("wide-only")
                                        ) {
                                            chrome.text(key)
                                        }
                                    }
                                }
                            },
                            tbody {
                                for user in users {
                                    tr {
                                        td { user.name }
                                        td { user.email }
                                        td { DisplayFormat.choice("role", user.role, language) }
                                        td(.class("wide-only")) { user.teamId.flatMap { teamNames[$0] } ?? "" }
                                        td(.class("wide-only")) { chrome.text(user.isActive ? "web.yes" : "web.no") }
                                    }
                                }
                            },
                        ])
                }
            }
        }
    }

    private func resetPasswordForm() -> HTMLNode {
        let errors = reset?.errors ?? FormErrors()
        return form(
            HTMLAttribute("method", "post"), HTMLAttribute("action", WebPaths.adminPasswordReset), .id("reset-form")
        ) {
            FormControls.tokenField(chrome.web)
            p(.class("hint")) { chrome.text("web.admin.reset_hint") }
            FormControls.otherErrors(errors, shown: ["userId", "password"])
            FormControls.selectField(
                "userId", label: chrome.text("web.admin.reset_user"),
                options: users.map { ($0.id, "\($0.name) · \($0.email)") }, selected: reset?.typed["userId"],
                errors: errors, idPrefix: "reset")
            FormControls.textField(
                "password", label: chrome.text("field.newPassword"), value: nil, errors: errors, type: "password",
                isRequired: true, autocomplete: "new-password", idPrefix: "reset",
                hint: chrome.text("web.admin.password_hint"))
            button(.type("submit"), .class("button")) { chrome.text("web.admin.reset_password") }
        }
    }

    private func addUserForm() -> HTMLNode {
        form(HTMLAttribute("method", "post"), HTMLAttribute("action", WebPaths.adminUsers), .id("add-user-form")) {
            FormControls.tokenField(chrome.web)
            FormControls.otherErrors(errors, shown: ["name", "email", "password", "role", "team"])
            FormControls.textField(
                "name", label: chrome.text("field.name"), value: typed?["name"], errors: errors, isRequired: true,
                idPrefix: "user")
            FormControls.textField(
                "email", label: chrome.text("field.email"), value: typed?["email"], errors: errors, type: "email",
                isRequired: true, autocomplete: "off", idPrefix: "user")
            FormControls.textField(
                "password", label: chrome.text("field.password"), value: nil, errors: errors, type: "password",
                isRequired: true, autocomplete: "new-password", idPrefix: "user",
                hint: chrome.text("web.admin.password_hint"))
            FormControls.selectField(
                "role", label: chrome.text("field.role"),
                options: DisplayFormat.options("role", Role.builtIn.map(\.name), language),
                selected: typed?["role"] ?? "sales", errors: errors, idPrefix: "user")
            FormControls.textField(
                "team", label: chrome.text("field.team"), value: typed?["team"], errors: errors, idPrefix: "user",
                hint: chrome.text("web.admin.team_hint"))
            button(.type("submit"), .class("button primary")) { chrome.text("web.admin.add_user") }
        }
    }
}
