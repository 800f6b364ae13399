import CairnCore
import CairnServices
import Foundation
import Hummingbird

/// Resolves `Authorization: Bearer <token>` to the actor; requests without a valid token get 401.
struct BearerAuthMiddleware: RouterMiddleware {
    typealias Context = CairnRequestContext
    let auth: AuthService

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        guard let token = Self.bearerToken(in: request) else { throw APIError.service(.unauthenticated) }
        var context = context
        context.actor = try await auth.authenticate(token: token)
        return try await next(request, context)
    }

    static func bearerToken(in request: Request) -> String? {
        guard let header = request.headers[.authorization] else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
    }
}
