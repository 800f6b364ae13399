import CairnCore
import CairnServices
import Hummingbird

/// The admin page: users and teams.
struct AdminWebController {
    let pages: WebPages

    func addRoutes(to router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(WebPaths.admin), use: show)
        router.post(RouterPath(WebPaths.adminUsers), use: addUser)
        router.post(RouterPath(WebPaths.adminPasswordReset), use: resetPassword)
    }

    @Sendable func show(_ request: Request, context: SignedInContext) async throws -> Response {
        let query = FormFields(query: request)
        let notice: String? =
            if query["added"] != nil { context.web.text("web.admin.added") } else if query["reset"] != nil {
                context.web.text("web.admin.reset_done")
            } else { nil }
        return try await render(request, context, typed: nil, errors: FormErrors(), notice: notice, status: .ok)
    }

    @Sendable func resetPassword(_ request: Request, context: SignedInContext) async throws -> Response {
        let form = context.web.form
        do {
            try await pages.services.auth.resetPassword(
                of: form["userId"] ?? "", to: form["password"] ?? "", by: context.actor)
            return WebResponse.redirect(to: WebPaths.with(WebPaths.admin, [("reset", "1")]))
        } catch ServiceError.validation(let errors) {
            return try await render(
                request, context, typed: nil, errors: FormErrors(), notice: nil, status: .unprocessableContent,
                reset: (form, FormErrors(errors, language: context.web.language)))
        } catch ServiceError.notFound {
            let errors = [FieldError(field: "userId", code: .notFound)]
            return try await render(
                request, context, typed: nil, errors: FormErrors(), notice: nil, status: .unprocessableContent,
                reset: (form, FormErrors(errors, language: context.web.language)))
        }
    }

    @Sendable func addUser(_ request: Request, context: SignedInContext) async throws -> Response {
        let actor = context.actor
        let form = context.web.form
        let draft = UserDraft(
            email: form["email"] ?? "", password: form["password"] ?? "", name: form["name"] ?? "",
            role: form["role"] ?? "", teamName: form.text("team"))
        do {
            _ = try await pages.services.users.add(draft, by: actor)
            return WebResponse.redirect(to: WebPaths.with(WebPaths.admin, [("added", "1")]))
        } catch ServiceError.validation(let errors), ServiceError.conflict(let errors) {
            return try await render(
                request, context, typed: form, errors: FormErrors(errors, language: context.web.language), notice: nil,
                status: .unprocessableContent)
        }
    }

    private func render(
        _ request: Request, _ context: SignedInContext, typed: FormFields?, errors: FormErrors, notice: String?,
        status: HTTPResponse.Status, reset: (typed: FormFields, errors: FormErrors)? = nil
    ) async throws -> Response {
        let actor = context.actor
        let users = try await pages.services.users.all(by: actor)
        let teams = try await pages.services.users.teams(by: actor)
        let chrome = try await pages.chrome(request, context, section: .admin)
        var page = AdminPage(chrome: chrome, users: users, teams: teams, typed: typed, errors: errors, notice: notice)
        page.reset = reset
        return pages.respond(page.render(), context, status: status)
    }
}
