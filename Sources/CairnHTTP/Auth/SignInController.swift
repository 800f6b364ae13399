import CairnCore
import CairnServices
import Foundation
import Hummingbird

/// Login, logout, the language switch and the site root.
struct SignInController {
    let pages: WebPages
    private var auth: AuthService { pages.services.auth }

    func addRoutes(to router: RouterGroup<CairnRequestContext>) {
        router.get("/") { _, _ in WebResponse.redirect(to: WebPaths.today) }
        router.get(RouterPath(WebPaths.login), use: showLogin)
        router.post(RouterPath(WebPaths.login), use: login)
        router.post(RouterPath(WebPaths.logout), use: logout)
        router.post(RouterPath(WebPaths.language), use: switchLanguage)
    }

    @Sendable func showLogin(_ request: Request, context: CairnRequestContext) async throws -> Response {
        if let token = context.web.sessionToken, (try? await auth.authenticate(token: token)) != nil {
            return WebResponse.redirect(to: WebPaths.today)
        }
        let next = FormFields(query: request)["next"]
        return page(context, email: nil, next: next)
    }

    @Sendable func login(_ request: Request, context: CairnRequestContext) async throws -> Response {
        let form = context.web.form
        let next = WebResponse.safeReturnPath(form["next"], fallback: WebPaths.today)
        do {
            let issued = try await auth.login(
                email: form["email"] ?? "", password: form["password"] ?? "", address: context.clientAddress)
            var response = WebResponse.redirect(to: next)
            response.setCookie(
                WebCookies.make(
                    WebCookies.session, value: issued.token, maxAge: Int(auth.sessionLifetime),
                    secure: context.web.isSecure))
            return response
        } catch ServiceError.invalidCredentials {
            return page(
                context, email: form["email"], next: next, problem: context.web.text("web.login.failed"),
                status: .unauthorized)
        } catch ServiceError.tooManyAttempts(let seconds) {
            var response = page(
                context, email: form["email"], next: next,
                problem: context.web.text("web.login.locked", ["seconds": String(seconds)]), status: .tooManyRequests)
            response.headers[.retryAfter] = String(seconds)
            return response
        }
    }

    @Sendable func logout(_ request: Request, context: CairnRequestContext) async throws -> Response {
        if let token = context.web.sessionToken { try await auth.logout(token: token) }
        var response = WebResponse.redirect(to: WebPaths.login)
        response.setCookie(WebCookies.expired(WebCookies.session, secure: context.web.isSecure))
        return response
    }

    @Sendable func switchLanguage(_ request: Request, context: CairnRequestContext) async throws -> Response {
        let chosen = context.web.form["language"].flatMap(Language.init(rawValue:)) ?? .zhCN
        var response = WebResponse.redirect(to: WebResponse.safeReturnPath(context.web.form["back"], fallback: WebPaths.today))
        response.setCookie(
            WebCookies.make(WebCookies.language, value: chosen.rawValue, maxAge: 365 * 86400, secure: context.web.isSecure))
        return response
    }

    private func page(
        _ context: CairnRequestContext, email: String?, next: String?, problem: String? = nil,
        status: HTTPResponse.Status = .ok
    ) -> Response {
        let chrome = PageChrome(web: context.web, user: nil, section: nil, path: WebPaths.login)
        let document = LoginPage(chrome: chrome, email: email, next: next, problem: problem).render()
        return pages.respond(document, web: context.web, status: status)
    }
}
