import CairnCore
import CairnServices
import Foundation
import Hummingbird

/// Users and teams (listing and creating users, and setting their passwords, needs the manage-users right).
struct UserController {
    let users: UserService
    let auth: AuthService

    func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("users", use: list)
        group.post("users", use: create)
        group.post("users/{id}/password", use: resetPassword)
        group.get("teams", use: teams)
    }

    private struct PasswordResetBody: Decodable {
        var password: String
    }

    @Sendable func resetPassword(_ request: Request, context: SignedInContext) async throws -> Response {
        let body = try JSONBody.decode(PasswordResetBody.self, from: try await JSONBody.object(from: request))
        try await auth.resetPassword(of: try context.parameters.require("id"), to: body.password, by: context.actor)
        return Response(status: .noContent)
    }

    @Sendable func list(_ request: Request, context: SignedInContext) async throws -> Response {
        try JSONResponse.make(PageBody(items: try await users.all(by: context.actor), nextCursor: nil))
    }

    @Sendable func create(_ request: Request, context: SignedInContext) async throws -> Response {
        let actor = context.actor
        let body = try await JSONBody.object(from: request)
        var errors: [FieldError] = []
        let email = JSONBody.string("email", in: body, errors: &errors)
        let password = JSONBody.string("password", in: body, errors: &errors)
        let name = JSONBody.string("name", in: body, errors: &errors)
        let role = JSONBody.string("role", in: body, errors: &errors)
        let team = JSONBody.optionalString("team", in: body, errors: &errors)
        if !errors.isEmpty { throw APIError.service(.validation(errors)) }
        let user = try await users.add(
            UserDraft(email: email, password: password, name: name, role: role, teamName: team), by: actor)
        return try JSONResponse.make(user, status: .created)
    }

    @Sendable func teams(_ request: Request, context: SignedInContext) async throws -> Response {
        try JSONResponse.make(PageBody(items: try await users.teams(by: context.actor), nextCursor: nil))
    }
}
