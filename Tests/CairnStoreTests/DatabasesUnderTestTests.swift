import CairnTestSupport
import Foundation
import Testing

struct DatabasesUnderTestTests {
    /// Says in the log which databases the suites ran on, and fails when CI configured PostgreSQL but it is absent.
    @Test func configuredDatabasesAreUnderTest() async throws {
        let names = TestDatabase.all.map(\.description)
        print("Cairn storage suites run on: \(names.joined(separator: ", "))")
        if ProcessInfo.processInfo.environment["CAIRN_TEST_POSTGRES_URL"] != nil {
            #expect(names == ["sqlite", "postgres"])
            try await TestDatabase.all[1].withServices { _ in
                print("PostgreSQL suite active: migrations applied on a fresh database")
            }
        } else {
            #expect(names == ["sqlite"])
        }
    }
}
