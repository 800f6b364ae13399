import CairnCore
import CairnServices
import CairnTestSupport
import Foundation
import Testing

@testable import CairnHTTP

/// Guessing a password: after the allowance the account answers 429 with `Retry-After`, refuses even the right
/// password until then, and another account is not affected.
struct LoginThrottleAPITests {
    @Test(arguments: TestDatabase.all)
    func twentyWrongPasswordsLockTheAccountForAWhile(database: TestDatabase) async throws {
        let clock = TestClock()
        try await APITest.run(database, testClock: clock) { api in
            _ = try await api.userToken(email: "east1@example.com", role: "sales", team: "华东")
            _ = try await api.userToken(email: "east2@example.com", role: "sales", team: "华东")
            func login(_ email: String, _ password: String) async throws -> APIResponse {
                try await api.call(.post, "/api/v1/auth/login", json: ["email": email, "password": password])
            }
            var statuses: [Int] = []
            for _ in 1...20 { statuses.append(Int(try await login("east1@example.com", "wrong-password-1").status.code)) }
            #expect(statuses.prefix(11).allSatisfy { $0 == 401 })
            #expect(statuses.suffix(9).allSatisfy { $0 == 429 })
            let refused = try await login("east1@example.com", "password-123")
            #expect(refused.status == .tooManyRequests)
            #expect(refused.headers[.retryAfter] == "30")
            #expect(refused.json["code"] as? String == "too_many_attempts")
            #expect(try await login("east2@example.com", "password-123").status == .ok)
            _ = clock.advance(by: 31)
            #expect(try await login("east1@example.com", "password-123").status == .ok)
            // A success clears the count: one more wrong password is just a wrong password.
            #expect(try await login("east1@example.com", "wrong-password-1").status == .unauthorized)
        }
    }
}
