import CairnCore
import CairnServices
import Hummingbird

/// Prepares every web request: the reader's language, the form token, and for a form post the parsed fields,
/// refused unless they carry the token (so no other site can submit a form in the user's name).
struct WebSessionMiddleware: RouterMiddleware {
    typealias Context = CairnRequestContext
    /// Largest form body accepted.
    static let maximumFormBytes = 1 << 20

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        var context = context
        var request = request
        let cookies = request.cookies
        context.web.language = Self.language(of: request)
        context.web.isSecure = Self.isSecure(request)
        context.web.sessionToken = cookies[WebCookies.session]?.value.nonEmpty
        var newSecret: String?
        let secret: String
        if let existing = context.web.sessionToken ?? cookies[WebCookies.formSecret]?.value.nonEmpty {
            secret = existing
        } else {
            secret = WebCookies.newSecret()
            newSecret = secret
        }
        context.web.csrfToken = WebCookies.formToken(secret: secret)
        if request.method == .post {
            context.web.form = try await Self.readForm(&request)
            guard let sent = context.web.form["_csrf"], Self.constantTimeEqual(sent, context.web.csrfToken) else {
                throw WebError.formExpired
            }
        }
        var response = try await next(request, context)
        if let newSecret {
            response.setCookie(
                WebCookies.make(WebCookies.formSecret, value: newSecret, maxAge: nil, secure: context.web.isSecure))
        }
        return response
    }

    /// The language chosen with the switch, else Chinese: pages are Chinese by default whatever the browser's
    /// settings (a company's shared or English-system laptops still show Chinese), English by the switch.
    static func language(of request: Request) -> Language {
        request.cookies[WebCookies.language].flatMap { Language(rawValue: $0.value) } ?? .zhCN
    }

    static func isSecure(_ request: Request) -> Bool {
        request.uri.scheme == .https || request.headers[.init("X-Forwarded-Proto")!]?.lowercased() == "https"
    }

    private static func readForm(_ request: inout Request) async throws -> FormFields {
        let contentType = request.headers[.contentType]?.lowercased() ?? ""
        guard contentType.hasPrefix("application/x-www-form-urlencoded") else { throw WebError.formExpired }
        let buffer = try await request.collectBody(upTo: maximumFormBytes)
        return FormFields(urlEncoded: String(buffer: buffer))
    }

    private static func constantTimeEqual(_ left: String, _ right: String) -> Bool {
        let a = Array(left.utf8)
        let b = Array(right.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}

/// Lets only signed-in users through; anyone else is sent to the login page and brought back afterwards.
struct WebSignInMiddleware: RouterMiddleware {
    typealias Context = CairnRequestContext
    let auth: AuthService

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        let back = request.method == .get ? request.uri.description : WebPaths.today
        guard let token = context.web.sessionToken else { return WebResponse.redirect(to: WebPaths.login(next: back)) }
        let actor: Actor
        do {
            actor = try await auth.authenticate(token: token)
        } catch ServiceError.unauthenticated {
            return WebResponse.redirect(to: WebPaths.login(next: back))
        }
        var context = context
        context.actor = actor
        return try await next(request, context)
    }
}

extension String {
    /// Nil for an empty string.
    var nonEmpty: String? { isEmpty ? nil : self }
}
