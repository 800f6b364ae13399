import CairnCore
import CairnServices
import CairnTestSupport
import Foundation
import Testing

@testable import CairnHTTP

struct AccountListTests {
    /// The list says how many accounts match (in scope, filters and search applied), and folds its filters away
    /// until one is used.
    @Test(arguments: TestDatabase.all)
    func theListSaysHowManyMatch(database: TestDatabase) async throws {
        try await WebTest.run(database) { web in
            let f = try await Fixtures.make(web.services)
            for (index, name) in ["杭州云启科技有限公司", "宁波海天贸易有限公司", "杭州远景能源有限公司"].enumerated() {
                _ = try await web.services.accounts.create(
                    AccountFields(name: name, tier: index == 0 ? .a : .b), by: f.eastRep)
            }
            _ = try await web.services.accounts.create(AccountFields(name: "广州南方物流有限公司"), by: f.southRep)
            try await web.signIn("east1@example.com")
            let all = try await web.get("/accounts")
            #expect(all.text.contains("共 3 个客户"))
            #expect(all.text.contains("<details class=\"filters\"><summary"))
            let filtered = try await web.get("/accounts?tier=B")
            #expect(filtered.text.contains("共 2 个客户") && filtered.text.contains("<details class=\"filters\" open>"))
            #expect(try await web.get("/accounts?q=%E6%9D%AD%E5%B7%9E").text.contains("共 2 个客户"))
            #expect(try await web.services.accounts.count(ListRequest(), cap: 1, by: f.eastRep) == 2)
        }
    }
}

extension AccountListTests {
    /// Quick add takes the credit code (checked like everywhere), and the edit form shows a phone as people write it.
    @Test(arguments: TestDatabase.all)
    func quickAddTakesTheCreditCodeAndTheEditFormShowsPhonesAsWritten(database: TestDatabase) async throws {
        try await WebTest.run(database) { web in
            let f = try await Fixtures.make(web.services)
            try await web.signIn("east1@example.com")
            try await web.get("/accounts/new")
            let refused = try await web.post(
                "/accounts/new", [("name", "宁波海天贸易有限公司"), ("creditCode", "91350100M000100Y44"), ("source", "website")])
            #expect(refused.status == .unprocessableContent && refused.text.contains("quick-creditCode-error"))
            let added = try await web.post(
                "/accounts/new",
                [("name", "宁波海天贸易有限公司"), ("creditCode", Fixtures.creditCode), ("phone", "13800138000"), ("source", "website")])
            #expect(added.status == .seeOther)
            let account = try #require(try await web.services.accounts.list(ListRequest(), by: f.eastRep).items.first)
            #expect(account.fields.creditCode == Fixtures.creditCode)
            let page = try await web.get("/accounts/\(account.id)")
            #expect(page.text.contains("id=\"edit-phone\" name=\"phone\" value=\"138 0013 8000\""))
        }
    }
}

extension AccountListTests {
    /// While a rep types in quick add, the page asks whether the customer exists already: an HTML fragment with the
    /// duplicate panel (empty while too little is typed).
    @Test(arguments: TestDatabase.all)
    func quickAddChecksForDuplicatesWhileTyping(database: TestDatabase) async throws {
        try await WebTest.run(database) { web in
            let f = try await Fixtures.make(web.services)
            let existing = try await web.services.accounts.create(
                AccountFields(name: "北京某某科技有限公司", phone: "010 6552 1234"), by: f.eastRep)
            try await web.signIn("east1@example.com")
            let form = try await web.get("/accounts/new")
            #expect(form.text.contains("data-check=\"/accounts/new/check\"") && form.text.contains("id=\"duplicate-live\""))
            let query = "name=\(WebTest.encode("某某科技（北京）"))&phone=\(WebTest.encode("(010) 6552-1234"))"
            let found = try await web.get("/accounts/new/check?\(query)")
            #expect(found.status == .ok && found.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(found.text.hasPrefix("<div id=\"duplicate-live\">") && found.text.contains(existing.id))
            let nothing = try await web.get("/accounts/new/check?phone=123")
            #expect(nothing.text == "<div id=\"duplicate-live\"></div>")
        }
    }
}
