import CairnCore
import CairnServices
import Foundation
import Hummingbird

/// Sign-in endpoints: login (public); logout, API tokens and the own password (authenticated).
struct AuthController {
    let auth: AuthService
    let users: UserService

    func addPublicRoutes(to group: RouterGroup<CairnRequestContext>) {
        group.post("auth/login", use: login)
    }

    func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.post("auth/logout", use: logout)
        group.post("auth/tokens", use: createToken)
        group.get("auth/tokens", use: listTokens)
        group.delete("auth/tokens/{id}", use: revokeToken)
        group.get("me", use: me)
        group.post("me/password", use: changePassword)
    }

    private struct TokenBody: Encodable {
        var id: String?
        var token: String
        var expiresAt: Date?
        var user: User?
        var name: String?
        var scopes: [String]?
    }

    private struct TokenRequestBody: Decodable {
        var name: String
        var scopes: [String]?
        var expiresInDays: Int?
    }

    private struct PasswordChangeBody: Decodable {
        var currentPassword: String
        var newPassword: String
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
        let body = try JSONBody.decode(TokenRequestBody.self, from: try await JSONBody.object(from: request))
        let wanted = APITokenRequest(name: body.name, scopes: body.scopes, expiresInDays: body.expiresInDays)
        let issued = try await auth.createAPIToken(wanted, by: context.actor)
        return try JSONResponse.make(
            TokenBody(
                id: issued.id, token: issued.token, expiresAt: issued.expiresAt, name: issued.summary?.name,
                scopes: issued.summary?.scopes),
            status: .created, headers: Self.secret)
    }

    @Sendable func listTokens(_ request: Request, context: SignedInContext) async throws -> Response {
        let owner = request.uri.queryParameters["userId"].map(String.init)
        let tokens = try await auth.apiTokens(of: owner, by: context.actor)
        return try JSONResponse.make(PageBody(items: tokens, nextCursor: nil), headers: Self.secret)
    }

    @Sendable func revokeToken(_ request: Request, context: SignedInContext) async throws -> Response {
        try await auth.revokeAPIToken(try context.parameters.require("id"), by: context.actor)
        return Response(status: .noContent)
    }

    @Sendable func changePassword(_ request: Request, context: SignedInContext) async throws -> Response {
        let body = try JSONBody.decode(PasswordChangeBody.self, from: try await JSONBody.object(from: request))
        try await auth.changePassword(
            current: body.currentPassword, new: body.newPassword, keeping: BearerAuthMiddleware.bearerToken(in: request),
            by: context.actor)
        return Response(status: .noContent)
    }

    /// An answer that carries a secret (a token) or personal data: no cache, proxy or browser history may keep it.
    static let secret: HTTPFields = [.cacheControl: "no-store"]

    @Sendable func me(_ request: Request, context: SignedInContext) async throws -> Response {
        try JSONResponse.make(try await users.me(context.actor), headers: Self.secret)
    }
}
