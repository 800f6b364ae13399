import CairnCore
import CairnServices
import CairnStore
import CairnTestSupport
import Foundation
import Hummingbird
import Testing

@testable import CairnHTTP

/// A database that cannot take writes says so — a 503 naming what happened, a not-ready `/readyz` — instead of
/// generic 500s while the node claims to be ready. (SQLite's own switches stand in for a read-only mount and a full
/// disk; PostgreSQL's read-only and disk-full states map through their SQLSTATEs the same way.)
struct StorageFaultTests {
    static let sqlite = TestDatabase.all[0]

    @Test func aReadOnlyDatabaseAnswers503AndIsNotReady() async throws {
        try await APITest.run(.sqliteOnDisk) { api in
            let admin = try await api.userToken(email: "admin@example.com", role: "admin", team: nil)
            #expect(try await api.call(.get, "/readyz").status == .ok)
            try await api.services.environment.storage.execute("PRAGMA query_only = 1", onWriter: true)
            let refused = try await api.call(
                .post, "/api/v1/accounts", token: admin, json: ["name": "苏州启明软件有限公司"],
                headers: [.acceptLanguage: "en"])
            #expect(refused.status == .serviceUnavailable)
            #expect(refused.json["code"] as? String == "database_read_only")
            #expect(refused.json["title"] as? String == "The database is read-only")
            #expect(refused.headers[.retryAfter] == "30")
            let ready = try await api.call(.get, "/readyz")
            #expect(ready.status == .serviceUnavailable)
            #expect(ready.json["status"] as? String == "not_ready" && ready.json["reason"] as? String == "read_only")
            // Reading still works, and nothing was written.
            let list = try await api.call(.get, "/api/v1/accounts", token: admin)
            #expect(list.status == .ok && (list.json["items"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func aFullDiskAnswers503AndKeepsNothingHalfWritten() async throws {
        try await APITest.run(Self.sqlite) { api in
            let admin = try await api.userToken(email: "admin@example.com", role: "admin", team: nil)
            // The file may not grow past its size now (SQLite raises a smaller limit to the current size).
            try await api.services.environment.storage.execute("PRAGMA max_page_count = 1")
            var created = 0
            var refused: APIResponse?
            for index in 0..<200 where refused == nil {
                let answer = try await api.call(
                    .post, "/api/v1/accounts", token: admin,
                    json: ["name": "测试容量客户\(index)有限公司", "notes": String(repeating: "备注内容", count: 700)])
                if answer.status == .created { created += 1 } else { refused = answer }
            }
            let answer = try #require(refused, "200 accounts fit in a database that may not grow")
            #expect(answer.status == .serviceUnavailable && answer.json["code"] as? String == "disk_full")
            #expect(answer.text.contains("没有写入任何内容"))
            let list = try await api.call(.get, "/api/v1/accounts?limit=200", token: admin)
            #expect((list.json["items"] as? [Any])?.count == created)
        }
    }

    @Test func aPageSaysTheDatabaseIsReadOnly() async throws {
        try await WebTest.run(.sqliteOnDisk) { web in
            _ = try await Fixtures.make(web.services)
            try await web.signIn("east1@example.com")
            try await web.get("/accounts/new")
            try await web.services.environment.storage.execute("PRAGMA query_only = 1", onWriter: true)
            let page = try await web.post("/accounts/new", [("name", "苏州启明软件有限公司")])
            #expect(page.status == .serviceUnavailable)
            #expect(page.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(page.text.contains("数据库当前只读"))
        }
    }
}
