import CairnCore
import CairnServices
import Foundation
import Hummingbird
import Logging

/// Turns every error into `application/problem+json` in the caller's language, keeping the real status — for the
/// API and the operational endpoints. Everything else is a browser's: it gets an HTML page (`WebErrorMiddleware`),
/// and a GET of an address that only takes forms (a reload after a refused form, a language switch) is sent on to
/// the page the form belongs to.
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The registered routes, to tell a wrong method (405) from an unknown path (404).
    let routes: RouteMethods

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            let path = request.uri.path
            guard Self.answersJSON(path) else {
                if Self.isRouteMiss(error), request.method == .get || request.method == .head,
                    let page = routes.nearestPage(above: path)
                {
                    return WebResponse.redirect(to: page)
                }
                return WebErrorMiddleware.page(for: error, request: request, logger: context.logger)
            }
            let language = Language.preferred(fromAcceptLanguage: request.headers[.acceptLanguage])
            let allowed = Self.isRouteMiss(error) ? routes.allowed(for: request.uri.path) : []
            let (status, problem) = ProblemDocument.from(
                allowed.isEmpty ? error : APIError.methodNotAllowed(allowed: allowed), language: language)
            if status == .internalServerError {
                context.logger.error(
                    "request failed", metadata: ["error": "\(String(reflecting: error))", "path": "\(request.uri.path)"])
            }
            var headers: HTTPFields = [
                .contentType: "application/problem+json; charset=utf-8", .contentLanguage: language.rawValue,
            ]
            if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer realm=\"cairn\"" }
            if !allowed.isEmpty { headers[.allow] = allowed.joined(separator: ", ") }
            if let seconds = Self.retryAfter(error) { headers[.retryAfter] = String(seconds) }
            let body = (try? RecordJSON.sharedEncoder.encode(problem)) ?? Data()
            return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
        }
    }

    /// The seconds a refused sign-in must wait, or a request the storage could not take should, for `Retry-After`.
    private static func retryAfter(_ error: any Error) -> Int? {
        switch APIError.serviceError(in: error) {
        case .tooManyAttempts(let seconds): seconds
        case .storageUnavailable: ProblemDocument.storageRetrySeconds
        default: nil
        }
    }

    /// Whether a path belongs to the JSON API or the operational endpoints (the rest are pages for people).
    static func answersJSON(_ path: String) -> Bool {
        path.hasPrefix("/api/") || ["/healthz", "/readyz", "/metrics"].contains(path)
    }

    private static func isRouteMiss(_ error: any Error) -> Bool {
        guard let error = error as? HTTPError else { return false }
        return error.status == .notFound || error.status == .methodNotAllowed
    }
}
