import CairnCore
import CairnServices
import CairnTestSupport
import Foundation
import Hummingbird
import Testing

@testable import CairnHTTP

/// The API accepts exactly what its document says: one test per decision (docs/DESIGN.md, "Input").
struct StrictInputTests {
    func errors(_ response: APIResponse) -> [(field: String, code: String)] {
        ((response.json["errors"] as? [[String: Any]]) ?? []).map {
            ($0["field"] as? String ?? "", $0["code"] as? String ?? "")
        }
    }

    @Test(arguments: TestDatabase.all)
    func unknownMembersAreRefusedByName(database: TestDatabase) async throws {
        try await APITest.run(database) { api in
            let admin = try await api.userToken(email: "admin@example.com", role: "admin", team: nil)
            let refused = try await api.call(
                .post, "/api/v1/accounts", token: admin,
                json: ["name": "杭州云栖数据有限公司", "phoen": "0571 8888 1234", "isAdmin": true, "id": "mine"])
            #expect(refused.status == .unprocessableContent)
            let found = errors(refused)
            #expect(found.contains { $0 == ("isAdmin", "unknown_field") } && found.contains { $0 == ("phoen", "unknown_field") })
            #expect(!found.contains { $0.field == "id" }, "system keys are ignored, as documented")
            #expect(try await api.services.accounts.list(ListRequest(), by: .system).items.isEmpty)
        }
    }

    @Test(arguments: TestDatabase.all)
    func nullIsTakenOnlyWhereAMemberMayBeNull(database: TestDatabase) async throws {
        try await APITest.run(database) { api in
            let admin = try await api.userToken(email: "admin@example.com", role: "admin", team: nil)
            let refused = try await api.call(
                .post, "/api/v1/accounts", token: admin, json: ["name": "杭州云栖数据有限公司", "status": NSNull()])
            #expect(refused.status == .unprocessableContent)
            #expect(errors(refused).map(\.field) == ["status"])
            let created = try await api.call(
                .post, "/api/v1/accounts", token: admin, json: ["name": "杭州云栖数据有限公司", "city": "杭州", "province": "浙江省"])
            let id = try #require(created.json["id"] as? String)
            let badPatch = try await api.call(
                .patch, "/api/v1/accounts/\(id)", token: admin, json: ["status": NSNull()], headers: [.ifMatch: "\"1\""])
            #expect(badPatch.status == .unprocessableContent && errors(badPatch).map(\.field) == ["status"])
            let cleared = try await api.call(
                .patch, "/api/v1/accounts/\(id)", token: admin, json: ["city": NSNull()], headers: [.ifMatch: "\"1\""])
            #expect(cleared.status == .ok && cleared.json["city"] is NSNull)
        }
    }

    @Test(arguments: TestDatabase.all)
    func ifMatchIsRequiredAndExact(database: TestDatabase) async throws {
        try await APITest.run(database) { api in
            let admin = try await api.userToken(email: "admin@example.com", role: "admin", team: nil)
            let created = try await api.call(.post, "/api/v1/accounts", token: admin, json: ["name": "杭州云栖数据有限公司"])
            let id = try #require(created.json["id"] as? String)
            for header in ["*", "W/\"1\"", "\"1\", \"2\"", "1"] {
                let patched = try await api.call(
                    .patch, "/api/v1/accounts/\(id)", token: admin, json: ["tier": "A"], headers: [.ifMatch: header])
                #expect(patched.status == .unprocessableContent && patched.firstErrorField == "If-Match", "If-Match: \(header)")
            }
            #expect(try await api.call(.delete, "/api/v1/accounts/\(id)", token: admin).status == .preconditionRequired)
            let empty = try await api.call(.delete, "/api/v1/accounts/\(id)", token: admin, headers: [.ifMatch: ""])
            #expect(empty.status == .preconditionRequired)
            let star = try await api.call(.delete, "/api/v1/accounts/\(id)", token: admin, headers: [.ifMatch: "*"])
            #expect(star.status == .unprocessableContent)
            #expect(try await api.call(.get, "/api/v1/accounts/\(id)", token: admin).status == .ok)
            let deleted = try await api.call(.delete, "/api/v1/accounts/\(id)", token: admin, headers: [.ifMatch: "\"1\""])
            #expect(deleted.status == .noContent)
        }
    }

    @Test(arguments: TestDatabase.all)
    func textsNumbersDatesAndAddressesFollowOneRuleEach(database: TestDatabase) async throws {
        try await APITest.run(database) { api in
            let admin = try await api.userToken(email: "admin@example.com", role: "admin", team: nil)
            // A control character is refused; an invisible format character is removed.
            for name in ["北京\u{0}某某科技", "某某\u{7}科技", "\u{1B}[31m某某科技", "某某科技\n有限公司"] {
                let refused = try await api.call(.post, "/api/v1/accounts", token: admin, json: ["name": name])
                #expect(errors(refused).map(\.code) == ["invalid_character"], "\(name.debugDescription)")
            }
            let cleaned = try await api.call(
                .post, "/api/v1/accounts", token: admin, json: ["name": "某某\u{202E}科技\u{200B}有限公司", "notes": "第一行\n第二行"])
            #expect(cleaned.status == .created)
            #expect(cleaned.json["name"] as? String == "某某科技有限公司" && cleaned.json["notes"] as? String == "第一行\n第二行")
            let id = try #require(cleaned.json["id"] as? String)
            #expect(try await api.call(.get, "/api/v1/accounts/\(id)", token: admin).json["name"] as? String == "某某科技有限公司")
            // A fraction where a whole number goes names its field.
            let fraction = try await api.call(
                .post, "/api/v1/accounts", token: admin, json: ["name": "某某数据", "purchaseCycleDays": 1.5])
            #expect(
                fraction.status == .unprocessableContent && fraction.firstErrorField == "purchaseCycleDays", "\(fraction.text)")
            // Instants from 1900 to 2999 only.
            for dueAt in ["0001-01-01T00:00:00Z", "3000-01-01T00:00:00Z"] {
                let task = try await api.call(.post, "/api/v1/tasks", token: admin, json: ["title": "回访", "dueAt": dueAt])
                #expect(errors(task).map(\.field) == ["dueAt"] && errors(task).map(\.code) == ["out_of_range"], "\(dueAt)")
            }
            // Web addresses: http(s) only; a bare host gets https://.
            let script = try await api.call(
                .post, "/api/v1/accounts", token: admin, json: ["name": "某某网络", "website": "javascript:alert(1)"])
            #expect(errors(script).map(\.code) == ["invalid_url"])
            let bare = try await api.call(
                .post, "/api/v1/accounts", token: admin, json: ["name": "某某网络", "website": "yunqi.cn"])
            #expect(bare.json["website"] as? String == "https://yunqi.cn")
        }
    }

    @Test(arguments: TestDatabase.all)
    func aSearchWithNothingToMatchFindsNothingRatherThanEverything(database: TestDatabase) async throws {
        try await APITest.run(database) { api in
            let admin = try await api.userToken(email: "admin@example.com", role: "admin", team: nil)
            _ = try await api.call(.post, "/api/v1/accounts", token: admin, json: ["name": "杭州云栖数据有限公司"])
            for query in ["_", "%25", "!", "%F0%9F%98%80"] {
                let found = try await api.call(.get, "/api/v1/accounts?q=\(query)", token: admin)
                #expect(found.status == .ok && (found.json["items"] as? [Any])?.count == 0, "q=\(query)")
            }
            let real = try await api.call(.get, "/api/v1/accounts?q=%E4%BA%91%E6%A0%96", token: admin)
            #expect((real.json["items"] as? [Any])?.count == 1)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aLiteralPathAnswersForItselfInAllow(database: TestDatabase) async throws {
        try await APITest.run(database) { api in
            let options = try await api.call(.options, "/api/v1/accounts/duplicate-check")
            #expect(options.headers[.allow] == "POST")
        }
    }
}
