import CairnCore
import CairnServices
import CairnTestSupport
import Foundation
import Testing

struct ParallelLoginTests {
    /// Wrong passwords sent at once are each counted: parallelism is no way around the account's lock.
    @Test(arguments: TestDatabase.all)
    func parallelWrongPasswordsAllCount(database: TestDatabase) async throws {
        try await database.withServices { services in
            _ = try await Fixtures.make(services)
            let auth = services.auth
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<30 {
                    group.addTask {
                        _ = try? await auth.login(
                            email: "east1@example.com", password: "guess-\(index)-guess", address: "203.0.113.\(index)")
                    }
                }
                try await group.waitForAll()
            }
            do {
                _ = try await auth.login(email: "east1@example.com", password: "password-123", address: "198.51.100.9")
                Issue.record("the right password was let in after 30 wrong ones sent at once")
            } catch ServiceError.tooManyAttempts(let seconds) {
                // 30 failures: the 11th locked for 30 s, each later one doubled it, up to the 15-minute longest.
                #expect(seconds == 900)
            }
        }
    }
}
