import CairnCore
import CairnServices
import CairnTestSupport
import Foundation
import Testing

struct PasswordChangeTests {
    @Test(arguments: TestDatabase.all)
    func changingOnesPasswordEndsTheOtherSessions(database: TestDatabase) async throws {
        try await database.withServices { services in
            let f = try await Fixtures.make(services)
            let auth = services.auth
            let here = try await auth.login(email: "east1@example.com", password: "password-123")
            let phone = try await auth.login(email: "east1@example.com", password: "password-123")
            let integration = try await auth.createAPIToken(APITokenRequest(name: "ERP"), by: f.eastRep)
            _ = try await auth.authenticate(token: phone.token)
            await #expect(
                throws: ServiceError.validation([
                    FieldError(field: "currentPassword", code: .incorrect),
                    FieldError(field: "newPassword", code: .guessable),
                ])
            ) {
                try await auth.changePassword(current: "wrong-one-12", new: "1234567890", keeping: here.token, by: f.eastRep)
            }
            try await auth.changePassword(
                current: "password-123", new: "harbor-lamp-71", keeping: here.token, by: f.eastRep)
            await #expect(throws: ServiceError.unauthenticated) { try await auth.authenticate(token: phone.token) }
            #expect(try await auth.authenticate(token: here.token).userId == f.eastRep.userId)
            #expect(try await auth.authenticate(token: integration.token).userId == f.eastRep.userId)
            await #expect(throws: ServiceError.invalidCredentials) {
                try await auth.login(email: "east1@example.com", password: "password-123")
            }
            _ = try await auth.login(email: "east1@example.com", password: "harbor-lamp-71")
            // An API token cannot change the password it was made under.
            let token = try await auth.authenticate(token: integration.token)
            await #expect(throws: ServiceError.forbidden) {
                try await auth.changePassword(current: "harbor-lamp-71", new: "river-stone-52", keeping: nil, by: token)
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func wrongCurrentPasswordsCountAgainstTheAccount(database: TestDatabase) async throws {
        try await database.withServices { services in
            let f = try await Fixtures.make(services)
            for _ in 0...LoginThrottle.perAccount.failuresAllowed {
                await #expect(throws: ServiceError.self) {
                    try await services.auth.changePassword(
                        current: "guess-guess-1", new: "harbor-lamp-71", keeping: nil, by: f.eastRep)
                }
            }
            await #expect(throws: ServiceError.tooManyAttempts(retryAfterSeconds: 30)) {
                try await services.auth.changePassword(
                    current: "password-123", new: "harbor-lamp-71", keeping: nil, by: f.eastRep)
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func anAdminResetEndsEverySessionAndLiftsTheLock(database: TestDatabase) async throws {
        try await database.withServices { services in
            let f = try await Fixtures.make(services)
            let auth = services.auth
            let session = try await auth.login(email: "east1@example.com", password: "password-123")
            _ = try await auth.authenticate(token: session.token)
            await #expect(throws: ServiceError.forbidden) {
                try await auth.resetPassword(of: f.eastRep.userId, to: "harbor-lamp-71", by: f.eastManager)
            }
            await #expect(throws: ServiceError.validation([FieldError(field: "password", code: .guessable)])) {
                try await auth.resetPassword(of: f.eastRep.userId, to: "east1east1east1", by: f.admin)
            }
            await #expect(throws: ServiceError.notFound(nil)) {
                try await auth.resetPassword(of: "nobody", to: "harbor-lamp-71", by: f.admin)
            }
            for _ in 0...LoginThrottle.perAccount.failuresAllowed {
                _ = try? await auth.login(email: "east1@example.com", password: "forgotten-it")
            }
            try await auth.resetPassword(of: f.eastRep.userId, to: "harbor-lamp-71", by: f.admin)
            await #expect(throws: ServiceError.unauthenticated) { try await auth.authenticate(token: session.token) }
            _ = try await auth.login(email: "east1@example.com", password: "harbor-lamp-71")
        }
    }
}
