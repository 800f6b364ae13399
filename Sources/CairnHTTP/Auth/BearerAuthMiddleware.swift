import CairnCore
import CairnServices
import Foundation
import Hummingbird

/// Resolves `Authorization: Bearer <token>` to the actor; requests without a valid token get 401. It is also the
/// API's first check of a token's scopes (`AccessGrant`): a request to read or change a kind the token does not
/// reach is refused (403) before its body is read, so a `read` token gets 403 on every write whatever it sends.
/// Services ask the same grant again (`RecordService`, the unit of work, the administrative rights).
struct BearerAuthMiddleware: RouterMiddleware {
    typealias Context = CairnRequestContext
    let auth: AuthService

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        guard let token = Self.bearerToken(in: request) else { throw APIError.service(.unauthenticated) }
        var context = context
        let actor = try await auth.authenticate(token: token)
        guard Self.permits(actor.grant, request) else { throw APIError.service(.forbidden) }
        context.actor = actor
        return try await next(request, context)
    }

    static func bearerToken(in request: Request) -> String? {
        guard let header = request.headers[.authorization] else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
    }

    /// Whether the grant reaches the request: reading (GET, HEAD) or writing (anything else) the kind its path
    /// names (`/api/v1/accounts/…`), or what belongs to no kind. Logging out is always allowed.
    static func permits(_ grant: AccessGrant, _ request: Request) -> Bool {
        let path = request.uri.path
        if path == "/api/v1/auth/logout" { return true }
        let access: TokenScope.Access = request.method == .get || request.method == .head ? .read : .write
        let segment = path.dropFirst(Self.prefix.count).prefix { $0 != "/" }
        let kind = path.hasPrefix(Self.prefix) ? RecordKind.allCases.first { $0.plural == segment } : nil
        return grant.allows(access, on: kind)
    }

    private static let prefix = "/api/v1/"
}
