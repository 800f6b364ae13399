import CairnCore
import CairnServices
import Hummingbird
import Logging

/// Turns errors on web pages into HTML pages that keep the real status (the API answers problem+json instead).
struct WebErrorMiddleware: RouterMiddleware {
    typealias Context = CairnRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            return Self.page(for: error, request: request, logger: context.logger)
        }
    }

    /// The HTML page for an error on a browser's request: the real status, in the reader's language, with a way
    /// back (sign-in for a missing session).
    static func page(for error: any Error, request: Request, logger: Logger) -> Response {
        let (status, key) = describe(error)
        if status == .internalServerError {
            logger.error("page failed", metadata: ["error": "\(String(reflecting: error))", "path": "\(request.uri.path)"])
        }
        if status == .unauthorized { return WebResponse.redirect(to: WebPaths.login) }
        var web = WebState()
        web.language = WebSessionMiddleware.language(of: request)
        let chrome = PageChrome(web: web, user: nil, section: nil, path: WebPaths.today)
        let page = PageLayout.document(title: web.text("web.error.\(key).title"), chrome: chrome) {
            p { web.text("web.error.\(key).detail") }
            p { a(.href(WebPaths.today)) { web.text("web.error.back") } }
        }
        return WebResponse.page(page, status: status, language: web.language)
    }

    static func describe(_ error: any Error) -> (HTTPResponse.Status, String) {
        let serviceError = APIError.serviceError(in: error)
        switch serviceError {
        case .notFound: return (.notFound, "not_found")
        case .forbidden: return (.forbidden, "forbidden")
        case .unauthenticated, .invalidCredentials: return (.unauthorized, "unauthorized")
        case .tooManyAttempts: return (.tooManyRequests, "too_many_attempts")
        case .versionConflict, .duplicates: return (.conflict, "conflict")
        case .validation, .invalidQuery, .conflict: return (.unprocessableContent, "invalid")
        case .storageUnavailable(let fault): return (.serviceUnavailable, ProblemDocument.code(of: fault))
        case nil: break
        }
        if case WebError.formExpired = error { return (.forbidden, "form_expired") }
        if let error = error as? HTTPError, error.status == .notFound { return (.notFound, "no_page") }
        if let error = error as? HTTPError, error.status == .methodNotAllowed {
            return (.methodNotAllowed, "method_not_allowed")
        }
        // A body over the limit surfaces as NIO's `NIOTooManyBytesError` (an `HTTPResponseError` of 413), not as an
        // `HTTPError`: matched by its status, so an oversized form gets the 413 page, not a 500.
        if let error = error as? any HTTPResponseError, error.status == .contentTooLarge {
            return (.contentTooLarge, "too_large")
        }
        return (.internalServerError, "internal")
    }
}
