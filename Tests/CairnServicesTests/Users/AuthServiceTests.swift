import CairnCore
import CairnServices
import CairnTestSupport
import Foundation
import Testing

struct AuthServiceTests {
    @Test(arguments: TestDatabase.all)
    func loginIssuesATokenThatExpires(database: TestDatabase) async throws {
        let clock = TestClock()
        try await database.withServices(clock: clock) { services in
            let f = try await Fixtures.make(services)
            let issued = try await services.auth.login(email: " EAST1@example.com", password: "password-123")
            #expect(try await services.auth.authenticate(token: issued.token) == f.eastRep)
            await #expect(throws: ServiceError.invalidCredentials) {
                try await services.auth.login(email: "east1@example.com", password: "wrong-password")
            }
            clock.advance(by: services.auth.sessionLifetime + 1)
            await #expect(throws: ServiceError.unauthenticated) { try await services.auth.authenticate(token: issued.token) }
        }
    }

    @Test(arguments: TestDatabase.all)
    func usersNeedValidInputAndUniqueEmails(database: TestDatabase) async throws {
        try await database.withServices { services in
            let f = try await Fixtures.make(services)
            await #expect(throws: ServiceError.conflict([FieldError(field: "email", code: .alreadyTaken)])) {
                try await services.users.add(
                    UserDraft(email: "east1@example.com", password: "long-enough", name: "X", role: "sales"), by: .system)
            }
            await #expect(throws: ServiceError.forbidden) {
                try await services.users.add(
                    UserDraft(email: "n@example.com", password: "long-enough", name: "X", role: "sales"), by: f.eastRep)
            }
            do {
                _ = try await services.users.add(UserDraft(email: "bad", password: "short", name: "", role: "king"), by: .system)
                Issue.record("expected a validation error")
            } catch let ServiceError.validation(errors) {
                #expect(errors.map(\.field) == ["email", "password", "name", "role"])
            }
            #expect(try await services.users.teams(by: f.admin).map(\.name).sorted() == ["华东", "华南"])
        }
    }
}
