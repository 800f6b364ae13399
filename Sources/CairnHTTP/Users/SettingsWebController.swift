import CairnCore
import CairnServices
import Hummingbird

/// The signed-in user's settings page: change the password, make, list and revoke API tokens.
struct SettingsWebController {
    let pages: WebPages

    func addRoutes(to router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(WebPaths.settings), use: show)
        router.post(RouterPath(WebPaths.settingsPassword), use: changePassword)
        router.post(RouterPath(WebPaths.settingsTokens), use: createToken)
        router.post(RouterPath(WebPaths.tokenRevoke(WebPaths.idParameter)), use: revokeToken)
    }

    @Sendable func show(_ request: Request, context: SignedInContext) async throws -> Response {
        let query = FormFields(query: request)
        let notice: String? =
            if query["password"] != nil { context.web.text("web.password.changed") } else if query["revoked"] != nil {
                context.web.text("web.tokens.revoked")
            } else { nil }
        return try await render(request, context, SettingsPage.State(notice: notice))
    }

    @Sendable func changePassword(_ request: Request, context: SignedInContext) async throws -> Response {
        let form = context.web.form
        do {
            try await pages.services.auth.changePassword(
                current: form["currentPassword"] ?? "", new: form["newPassword"] ?? "", keeping: context.web.sessionToken,
                by: context.actor)
            return WebResponse.redirect(to: WebPaths.with(WebPaths.settings, [("password", "changed")]))
        } catch ServiceError.validation(let errors) {
            let state = SettingsPage.State(passwordErrors: FormErrors(errors, language: context.web.language))
            return try await render(request, context, state, status: .unprocessableContent)
        }
    }

    @Sendable func createToken(_ request: Request, context: SignedInContext) async throws -> Response {
        let form = context.web.form
        let days = form.text("expiresInDays")
        let wanted = APITokenRequest(
            name: form["name"] ?? "", scopes: form.values("scopes"), expiresInDays: days.map { Int($0) ?? 0 })
        do {
            let issued = try await pages.services.auth.createAPIToken(wanted, by: context.actor)
            let name = issued.summary?.name ?? wanted.name
            return try await render(request, context, SettingsPage.State(created: (name, issued.token)))
        } catch ServiceError.validation(let errors), ServiceError.conflict(let errors) {
            let state = SettingsPage.State(
                typedToken: form, tokenErrors: FormErrors(errors, language: context.web.language))
            return try await render(request, context, state, status: .unprocessableContent)
        }
    }

    @Sendable func revokeToken(_ request: Request, context: SignedInContext) async throws -> Response {
        try await pages.services.auth.revokeAPIToken(try context.parameters.require("id"), by: context.actor)
        return WebResponse.redirect(to: WebPaths.with(WebPaths.settings, [("revoked", "1")]))
    }

    private func render(
        _ request: Request, _ context: SignedInContext, _ state: SettingsPage.State, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let tokens = try await pages.services.auth.apiTokens(by: context.actor)
        let chrome = try await pages.chrome(request, context, section: nil)
        return pages.respond(SettingsPage(chrome: chrome, tokens: tokens, state: state).render(), context, status: status)
    }
}
