import CairnCore
import Foundation
import Hummingbird
import Logging

/// Turns every error into `application/problem+json` in the caller's language, keeping the real status.
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            let language = Language.preferred(fromAcceptLanguage: request.headers[.acceptLanguage])
            let (status, problem) = ProblemDocument.from(error, language: language)
            if status == .internalServerError {
                context.logger.error(
                    "request failed", metadata: ["error": "\(String(reflecting: error))", "path": "\(request.uri.path)"])
            }
            var headers: HTTPFields = [
                .contentType: "application/problem+json; charset=utf-8", .contentLanguage: language.rawValue,
            ]
            if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer realm=\"cairn\"" }
            let body = (try? RecordJSON.encoder().encode(problem)) ?? Data()
            return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
        }
    }
}
