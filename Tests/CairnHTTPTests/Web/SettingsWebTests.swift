import CairnCore
import CairnServices
import CairnTestSupport
import Foundation
import Hummingbird
import Testing

@testable import CairnHTTP

struct SettingsWebTests {
    @Test(arguments: TestDatabase.all)
    func aRepMakesListsAndRevokesATokenAndChangesTheirPassword(database: TestDatabase) async throws {
        try await WebTest.run(database) { web in
            let f = try await Fixtures.make(web.services)
            let phone = try await web.services.auth.login(email: "east1@example.com", password: "password-123")
            try await web.signIn("east1@example.com")
            #expect(try await web.get("/today").text.contains("href=\"/settings\""))
            let empty = try await web.get("/settings")
            #expect(empty.status == .ok && empty.text.contains("还没有 API 令牌。"))

            let bad = try await web.post(
                "/settings/tokens", [("name", " "), ("scopes", "accounts:delete"), ("expiresInDays", "400")])
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("token-name-error") && bad.text.contains("token-scopes-error"))
            #expect(bad.text.contains("token-expiresInDays-error"))
            #expect(try await web.services.auth.apiTokens(by: f.eastRep).isEmpty)

            let made = try await web.post(
                "/settings/tokens",
                [("name", "ERP 同步"), ("scopes", "read"), ("scopes", "accounts:write"), ("expiresInDays", "30")])
            #expect(made.status == .ok)
            let secret = try #require(WebTest.firstMatch("id=\"new-token-secret\"[^>]*>(cairn_[A-Za-z0-9_-]+)<", in: made.text))
            let actor = try await web.services.auth.authenticate(token: secret)
            #expect(actor.grant == AccessGrant([.read, .kind(.account, .write)]))
            let listed = try await web.get("/settings")
            #expect(listed.text.contains("ERP 同步") && listed.text.contains("客户：读写") && !listed.text.contains(secret))
            let id = try #require(WebTest.firstMatch("action=\"/settings/tokens/([^/\"]+)/revoke\"", in: listed.text))
            #expect(try await web.post("/settings/tokens/\(id)/revoke", []).status == .seeOther)
            await #expect(throws: ServiceError.unauthenticated) { try await web.services.auth.authenticate(token: secret) }
            #expect(try await web.get("/settings?revoked=1").text.contains("令牌已吊销"))

            let wrong = try await web.post(
                "/settings/password", [("currentPassword", "not-my-password"), ("newPassword", "harbor-lamp-71")])
            #expect(wrong.status == .unprocessableContent && wrong.text.contains("password-currentPassword-error"))
            let changed = try await web.post(
                "/settings/password", [("currentPassword", "password-123"), ("newPassword", "harbor-lamp-71")])
            #expect(changed.status == .seeOther && changed.headers[.location] == "/settings?password=changed")
            #expect(try await web.get("/settings?password=changed").text.contains("密码已修改"))
            await #expect(throws: ServiceError.unauthenticated) { try await web.services.auth.authenticate(token: phone.token) }
        }
    }

    @Test(arguments: TestDatabase.all)
    func anAdminResetsAPasswordAndTheUserIsSignedOut(database: TestDatabase) async throws {
        try await WebTest.run(database) { web in
            let f = try await Fixtures.make(web.services)
            let rep = try await web.services.auth.login(email: "east1@example.com", password: "password-123")
            try await web.signIn("admin@example.com")
            #expect(try await web.get("/admin").text.contains("id=\"reset-form\""))
            let weak = try await web.post("/admin/password", [("userId", f.eastRep.userId), ("password", "password")])
            #expect(weak.status == .unprocessableContent && weak.text.contains("reset-password-error"))
            let reset = try await web.post(
                "/admin/password", [("userId", f.eastRep.userId), ("password", "river-stone-52")])
            #expect(reset.status == .seeOther)
            #expect(try await web.get("/admin?reset=1").text.contains("密码已重置"))
            await #expect(throws: ServiceError.unauthenticated) { try await web.services.auth.authenticate(token: rep.token) }
            #expect(try await web.post("/logout", []).status == .seeOther)
            try await web.signIn("east1@example.com", password: "river-stone-52")
            let notAdmin = try await web.post("/admin/password", [("userId", f.admin.userId), ("password", "pine-cloud-33")])
            #expect(notAdmin.status == .forbidden)
        }
    }
}
