import CairnCore
import CairnTestSupport
import Foundation
import Hummingbird
import Testing

/// A server started with a test clock lets tests move time forward over HTTP; any other server has no such route.
struct TestClockTests {
    @Test(arguments: TestDatabase.all)
    func theTestClockMovesOnlyWhenToldAndOnlyWhereItExists(database: TestDatabase) async throws {
        try await APITest.run(database, testClock: TestClock()) { api in
            let admin = try await api.userToken(email: "admin@example.com", role: "admin", team: nil)
            let before = try await api.call(.get, "/test/clock")
            #expect(before.json["now"] as? String == "2026-11-23T09:00:00.000Z")
            let first = try await api.call(.post, "/api/v1/accounts", token: admin, json: ["name": "杭州云栖数据有限公司"])
            let moved = try await api.call(.post, "/test/clock", json: ["advanceSeconds": 3_600])
            #expect(moved.json["now"] as? String == "2026-11-23T10:00:00.000Z")
            let second = try await api.call(.post, "/api/v1/accounts", token: admin, json: ["name": "宁波海曙贸易有限公司"])
            #expect(first.json["createdAt"] as? String == "2026-11-23T09:00:00.000Z")
            #expect(second.json["createdAt"] as? String == "2026-11-23T10:00:00.000Z")
            // Time moved for everything on the server: the 12-hour session ends half a day later.
            _ = try await api.call(.post, "/test/clock", json: ["advanceSeconds": 12 * 3_600])
            let expired = try await api.call(.get, "/api/v1/me", token: admin)
            #expect(expired.status == .unauthorized)
            let backwards = try await api.call(.post, "/test/clock", json: ["advanceSeconds": -60])
            #expect(backwards.status == .unprocessableContent)
        }
        try await APITest.run(database) { api in
            let read = try await api.call(.get, "/test/clock")
            let move = try await api.call(.post, "/test/clock", json: ["advanceSeconds": 60])
            #expect(read.status == .notFound && move.status == .notFound)
        }
    }
}
