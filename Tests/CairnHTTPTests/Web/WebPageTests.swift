import CairnCore
import CairnServices
import CairnTestSupport
import Foundation
import Hummingbird
import Testing

@testable import CairnHTTP

struct WebPageTests {
    @Test(arguments: TestDatabase.all)
    func signingInSetsAProtectedSessionCookie(database: TestDatabase) async throws {
        try await WebTest.run(database) { web in
            _ = try await Fixtures.make(web.services)
            let away = try await web.get("/today")
            #expect(away.status == .seeOther)
            #expect(away.headers[.location] == "/login?next=%2Ftoday")
            let login = try await web.get("/login")
            #expect(login.headers[.contentType] == "text/html; charset=utf-8")
            #expect(login.text.contains("<html lang=\"zh-CN\">"))
            // A form without the page's token is refused and changes nothing.
            let forged = try await web.post(
                "/login", [("email", "east1@example.com"), ("password", "password-123")], token: "0000")
            #expect(forged.status == .forbidden)
            #expect(forged.text.contains("表单已过期"))
            #expect(web.cookies["cairn_session"] == nil)
            let wrong = try await web.post("/login", [("email", "east1@example.com"), ("password", "nope-nope")])
            #expect(wrong.status == .unauthorized)
            #expect(wrong.text.contains("邮箱或密码不正确"))
            let right = try await web.post("/login", [("email", "east1@example.com"), ("password", "password-123")])
            #expect(right.status == .seeOther)
            let setCookie = right.headers[values: .setCookie].first { $0.hasPrefix("cairn_session=") } ?? ""
            #expect(setCookie.contains("HttpOnly"))
            #expect(setCookie.contains("SameSite=Lax"))
            #expect(!setCookie.contains("Secure"))
            let today = try await web.get("/today")
            #expect(today.status == .ok)
            #expect(today.text.contains("今天没有待办事项"))
            // Signing out ends the session everywhere the token was used.
            let token = try #require(web.cookies["cairn_session"])
            try await web.post("/logout", [])
            #expect(web.cookies["cairn_session"] == nil)
            await #expect(throws: ServiceError.unauthenticated) { try await web.services.auth.authenticate(token: token) }
        }
    }

    @Test(arguments: TestDatabase.all)
    func quickAddShowsErrorsNextToTheFieldThenWhatIsMissing(database: TestDatabase) async throws {
        try await WebTest.run(database) { web in
            _ = try await Fixtures.make(web.services)
            try await web.signIn("east1@example.com")
            try await web.get("/accounts/new")
            let refused = try await web.post(
                "/accounts/new", [("name", "杭州云栖数据有限公司"), ("phone", "12345"), ("source", "referral")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("id=\"quick-phone-error\""))
            #expect(refused.text.contains("电话不是有效的电话号码"))
            #expect(refused.text.contains("value=\"杭州云栖数据有限公司\""))
            #expect(try await web.services.accounts.list(ListRequest(), by: .system).items.isEmpty)
            let saved = try await web.post(
                "/accounts/new", [("name", "杭州云栖数据有限公司"), ("phone", "0571-8888 1234"), ("source", "referral")])
            #expect(saved.status == .seeOther)
            let location = try #require(saved.headers[.location])
            let page = try await web.get(location)
            #expect(page.status == .ok)
            #expect(page.text.contains("<h1>杭州云栖数据有限公司</h1>"))
            #expect(page.text.contains("id=\"missing-fields\""))
            #expect(page.text.contains("还缺：统一社会信用代码、邮箱、行业"))
            let list = try await web.get("/accounts?q=%E4%BA%91%E6%A0%96")
            #expect(list.text.contains("杭州云栖数据有限公司"))
        }
    }

    @Test(arguments: TestDatabase.all)
    func pagesShowOnlyWhatTheServicesLetTheUserSee(database: TestDatabase) async throws {
        try await WebTest.run(database) { web in
            let f = try await Fixtures.make(web.services)
            let south = try await web.services.accounts.create(AccountFields(name: "广州南方贸易有限公司"), by: f.southRep)
            try await web.signIn("east1@example.com")
            #expect(try await web.get("/accounts/\(south.id)").status == .notFound)
            #expect(!(try await web.get("/accounts")).text.contains("广州南方贸易有限公司"))
            let admin = try await web.get("/admin")
            #expect(admin.status == .forbidden)
            #expect(admin.text.contains("没有权限"))
            #expect(!(try await web.get("/today")).text.contains("href=\"/admin\""))
        }
    }

    @Test(arguments: TestDatabase.all)
    func theLanguageSwitchTurnsEveryPageEnglishAndBack(database: TestDatabase) async throws {
        try await WebTest.run(database) { web in
            _ = try await Fixtures.make(web.services)
            // Chinese by default, whatever the browser prefers.
            let english = try await web.get("/login", headers: [.acceptLanguage: "en-US,en;q=0.9"])
            #expect(english.text.contains("<html lang=\"zh-CN\">"))
            try await web.signIn("east1@example.com")
            try await web.get("/pipeline")
            let switched = try await web.post("/language", [("language", "en"), ("back", "/pipeline")])
            #expect(switched.headers[.location] == "/pipeline")
            let board = try await web.get("/pipeline")
            #expect(board.text.contains("<html lang=\"en\">"))
            #expect(board.text.contains("Qualification"))
            #expect(board.headers[.contentLanguage] == "en")
            // A return address that leaves the site is not followed.
            let outside = try await web.post("/language", [("language", "zh-CN"), ("back", "//evil.example/")])
            #expect(outside.headers[.location] == "/today")
            #expect((try await web.get("/pipeline")).text.contains("初步接触"))
        }
    }

    @Test(arguments: TestDatabase.all)
    func aCallLoggedFromTodayRemovesTheLead(database: TestDatabase) async throws {
        try await WebTest.run(database) { web in
            let f = try await Fixtures.make(web.services)
            let lead = try await web.services.leads.create(
                LeadFields(name: "冯晓", mobile: "13700001111", source: .website), by: f.eastRep)
            try await web.signIn("east1@example.com")
            let today = try await web.get("/today")
            #expect(today.text.contains("data-record=\"\(lead.id)\""))
            let empty = try await web.post(
                "/activities", [("kind", "call"), ("subject", " "), ("leadId", lead.id), ("back", "/today")])
            #expect(empty.status == .unprocessableContent)
            #expect(empty.text.contains("<label for=\"activity-subject\">沟通内容</label>") && empty.text.contains("沟通内容为必填项"))
            let logged = try await web.post(
                "/activities", [("kind", "call"), ("subject", "已电话联系，约周三拜访"), ("leadId", lead.id), ("back", "/today")])
            #expect(logged.headers[.location] == "/today?logged=1")
            #expect(try await web.get("/today?logged=1").text.contains("跟进已记录。"))
            #expect(!(try await web.get("/today")).text.contains("data-record=\"\(lead.id)\""))
        }
    }
}
