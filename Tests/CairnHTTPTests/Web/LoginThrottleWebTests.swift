import CairnCore
import CairnTestSupport
import Foundation
import Testing

@testable import CairnHTTP

/// The sign-in page says how long to wait once an account is locked, in the reader's language, with 429.
struct LoginThrottleWebTests {
    @Test(arguments: TestDatabase.all)
    func theSignInPageSaysHowLongToWait(database: TestDatabase) async throws {
        try await WebTest.run(database) { web in
            _ = try await Fixtures.make(web.services)
            try await web.get("/login")
            for _ in 1...11 {
                let wrong = try await web.post("/login", [("email", "east1@example.com"), ("password", "wrong-password-1")])
                #expect(wrong.status == .unauthorized)
            }
            let locked = try await web.post("/login", [("email", "east1@example.com"), ("password", "password-123")])
            #expect(locked.status == .tooManyRequests)
            #expect(locked.headers[.retryAfter] == "30")
            #expect(locked.text.contains("请 30 秒后再试"))
        }
    }
}
