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
