import CairnCore
import CairnServices
import Foundation
import Hummingbird

/// Sign-in endpoints: login (public), logout and API tokens (authenticated).
struct AuthController {
    let auth: AuthService
    let users: UserService

    func addPublicRoutes(to group: RouterGroup<CairnRequestContext>) {
        group.post("auth/login", use: login)
    }

    func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.post("auth/logout", use: logout)
        group.post("auth/tokens", use: createToken)
        group.get("me", use: me)
    }

    private struct TokenBody: Encodable {
        var token: String
        var expiresAt: Date?
        var user: User?
        var name: String?
    }

    @Sendable func login(_ request: Request, context: CairnRequestContext) async throws -> Response {
        let body = try await JSONBody.object(from: request)
        var errors: [FieldError] = []
        let email = JSONBody.string("email", in: body, errors: &errors)
        let password = JSONBody.string("password", in: body, errors: &errors)
        if !errors.isEmpty { throw APIError.service(.validation(errors)) }
        let issued = try await auth.login(email: email, password: password, address: context.clientAddress)
        return try JSONResponse.make(
            TokenBody(token: issued.token, expiresAt: issued.expiresAt, user: issued.user), headers: Self.secret)
    }

    @Sendable func logout(_ request: Request, context: SignedInContext) async throws -> Response {
        if let token = BearerAuthMiddleware.bearerToken(in: request) { try await auth.logout(token: token) }
        return Response(status: .noContent)
    }

    @Sendable func createToken(_ request: Request, context: SignedInContext) async throws -> Response {
        let actor = context.actor
        let body = try await JSONBody.object(from: request)
        var errors: [FieldError] = []
        let name = JSONBody.string("name", in: body, errors: &errors)
        if !errors.isEmpty { throw APIError.service(.validation(errors)) }
        let issued = try await auth.createAPIToken(name: name, by: actor)
        return try JSONResponse.make(
            TokenBody(token: issued.token, expiresAt: nil, user: nil, name: name), status: .created, headers: Self.secret)
    }

    /// An answer that carries a secret (a token) or personal data: no cache, proxy or browser history may keep it.
    static let secret: HTTPFields = [.cacheControl: "no-store"]

    @Sendable func me(_ request: Request, context: SignedInContext) async throws -> Response {
        try JSONResponse.make(try await users.me(context.actor), headers: Self.secret)
    }
}
