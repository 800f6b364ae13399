import CairnCore
import CairnTestSupport
import Foundation
import Testing

@testable import CairnHTTP

/// A form body over the limit (1 MiB) is answered with the 413 page, in the reader's language, not a 500.
struct OversizedFormTests {
    @Test(arguments: TestDatabase.all)
    func anOversizedFormGetsTheTooLargePage(database: TestDatabase) async throws {
        try await WebTest.run(database) { web in
            _ = try await Fixtures.make(web.services)
            try await web.signIn("east1@example.com")
            let huge = String(repeating: "很", count: 400_000)
            let refused = try await web.post("/language", [("language", "en"), ("back", "/today"), ("note", huge)])
            #expect(refused.status == .contentTooLarge)
            #expect(refused.headers[.contentType]?.hasPrefix("text/html") == true)
        }
    }
}
