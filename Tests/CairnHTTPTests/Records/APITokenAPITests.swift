import CairnCore
import CairnServices
import CairnTestSupport
import Foundation
import Hummingbird
import Testing

@testable import CairnHTTP

struct APITokenAPITests {
    /// Every write the API has — whatever it is sent — answers 403 to a `read` token, and nothing is written.
    @Test(arguments: TestDatabase.all)
    func aReadTokenIsRefusedEveryWrite(database: TestDatabase) async throws {
        try await APITest.run(database) { api in
            let admin = try await api.userToken(email: "admin@example.com", role: "admin", team: nil)
            let created = try await api.call(
                .post, "/api/v1/auth/tokens", token: admin,
                json: ["name": "BI 报表", "scopes": ["read"], "expiresInDays": 30])
            #expect(created.status == .created)
            #expect(created.json["scopes"] as? [String] == ["read"])
            let token = try #require(created.json["token"] as? String)
            let router = ApplicationBuilder.router(services: api.services, metrics: nil)
            var writes = 0
            for route in router.routes where route.method != .get && route.method != .head {
                let path = "\(route.path)".hasPrefix("/") ? "\(route.path)" : "/\(route.path)"
                guard path.hasPrefix("/api/v1/"), path != "/api/v1/auth/login", path != "/api/v1/auth/logout" else {
                    continue
                }
                let concrete = path.replacing(/\{[^}]+\}/, with: "01JXAMPLE")
                for body in [["name": "苏州启明软件有限公司"], [:]] as [[String: Any]] {
                    let answer = try await api.call(route.method, concrete, token: token, json: body)
                    #expect(answer.status == .forbidden, "\(route.method) \(concrete) answered \(answer.status)")
                    #expect(answer.json["code"] as? String == "forbidden")
                }
                writes += 1
            }
            #expect(writes >= 15)
            let accounts = try await api.call(.get, "/api/v1/accounts", token: token)
            #expect(accounts.status == .ok && (accounts.json["items"] as? [Any])?.isEmpty == true)
            #expect(try await api.call(.get, "/api/v1/auth/tokens", token: token).status == .forbidden)
        }
    }

    @Test(arguments: TestDatabase.all)
    func tokensAreListedLimitedToTheirKindsAndRevokedAtOnce(database: TestDatabase) async throws {
        try await APITest.run(database) { api in
            let admin = try await api.userToken(email: "admin@example.com", role: "admin", team: nil)
            let created = try await api.call(
                .post, "/api/v1/auth/tokens", token: admin, json: ["name": "官网表单", "scopes": ["accounts:write"]])
            let id = try #require(created.json["id"] as? String)
            let token = try #require(created.json["token"] as? String)
            #expect(created.json["expiresAt"] is String)
            let account = try await api.call(
                .post, "/api/v1/accounts", token: token, json: ["name": "苏州启明软件有限公司"])
            #expect(account.status == .created)
            #expect(try await api.call(.get, "/api/v1/contacts", token: token).status == .forbidden)
            let contact = try await api.call(
                .post, "/api/v1/contacts", token: token,
                json: ["name": "张三", "accountId": account.json["id"] as? String ?? ""])
            #expect(contact.status == .forbidden)
            // A token cannot make tokens; a bad request names the field.
            let minted = try await api.call(.post, "/api/v1/auth/tokens", token: token, json: ["name": "x"])
            #expect(minted.status == .forbidden)
            let bad = try await api.call(
                .post, "/api/v1/auth/tokens", token: admin, json: ["name": "x", "scopes": ["accounts:delete"]])
            #expect(bad.status == .unprocessableContent && bad.firstErrorField == "scopes")
            let tooLong = try await api.call(
                .post, "/api/v1/auth/tokens", token: admin, json: ["name": "x", "expiresInDays": 400])
            #expect(tooLong.status == .unprocessableContent && tooLong.firstErrorField == "expiresInDays")

            let listed = try await api.call(.get, "/api/v1/auth/tokens", token: admin)
            let items = try #require(listed.json["items"] as? [[String: Any]])
            #expect(items.count == 1 && items[0]["id"] as? String == id && items[0]["name"] as? String == "官网表单")
            #expect(items[0]["scopes"] as? [String] == ["accounts:write"] && items[0]["lastUsedAt"] is String)
            #expect(items[0]["token"] == nil && listed.headers[.cacheControl] == "no-store")

            let sales = try await api.userToken(email: "east1@example.com", role: "sales", team: "华东")
            #expect(try await api.call(.delete, "/api/v1/auth/tokens/\(id)", token: sales).status == .forbidden)
            #expect(try await api.call(.delete, "/api/v1/auth/tokens/\(id)", token: admin).status == .noContent)
            #expect(try await api.call(.get, "/api/v1/accounts", token: token).status == .unauthorized)
            #expect(try await api.call(.delete, "/api/v1/auth/tokens/\(id)", token: admin).status == .notFound)
        }
    }

    @Test(arguments: TestDatabase.all)
    func passwordsChangeAndAreResetOverTheAPI(database: TestDatabase) async throws {
        try await APITest.run(database) { api in
            let admin = try await api.userToken(email: "admin@example.com", role: "admin", team: nil)
            let rep = try await api.userToken(email: "east1@example.com", role: "sales", team: "华东")
            let weak = try await api.call(
                .post, "/api/v1/me/password", token: rep,
                json: ["currentPassword": "password-123", "newPassword": "password"])
            #expect(weak.status == .unprocessableContent && weak.firstErrorField == "newPassword")
            let changed = try await api.call(
                .post, "/api/v1/me/password", token: rep,
                json: ["currentPassword": "password-123", "newPassword": "harbor-lamp-71"])
            #expect(changed.status == .noContent)
            #expect(try await api.call(.get, "/api/v1/me", token: rep).status == .ok)
            let me = try await api.call(.get, "/api/v1/me", token: rep)
            let repId = try #require(me.json["id"] as? String)
            let refused = try await api.call(
                .post, "/api/v1/users/\(repId)/password", token: rep, json: ["password": "river-stone-52"])
            #expect(refused.status == .forbidden)
            let reset = try await api.call(
                .post, "/api/v1/users/\(repId)/password", token: admin, json: ["password": "river-stone-52"])
            #expect(reset.status == .noContent)
            #expect(try await api.call(.get, "/api/v1/me", token: rep).status == .unauthorized)
            let login = try await api.call(
                .post, "/api/v1/auth/login", json: ["email": "east1@example.com", "password": "river-stone-52"])
            #expect(login.status == .ok)
        }
    }
}
