import CairnCore
import CairnServices
import CairnTestSupport
import Foundation
import Hummingbird
import Testing

@testable import CairnHTTP

struct DuplicateWebTests {
    @Test(arguments: TestDatabase.all)
    func quickAddShowsTheExistingCustomerAndSavesNothing(database: TestDatabase) async throws {
        try await WebTest.run(database) { web in
            let f = try await Fixtures.make(web.services)
            let existing = try await web.services.accounts.create(
                AccountFields(name: "某某科技（北京）", phone: "010 6552 1234", status: "active"), by: f.eastRep)
            try await web.signIn("east1@example.com")
            try await web.get("/accounts/new")
            let typed = [("name", "北京某某科技有限公司"), ("phone", "(010) 6552-1234"), ("source", "referral")]
            let refused = try await web.post("/accounts/new", typed)
            #expect(refused.status == .conflict)
            #expect(refused.text.contains("已有同一家客户，不能重复创建"))
            #expect(refused.text.contains("href=\"/accounts/\(existing.id)\""))
            #expect(refused.text.contains("公司名称去掉有限公司、北京后相同（某某科技）"))
            #expect(refused.text.contains("电话相同"))
            #expect(refused.text.contains("value=\"北京某某科技有限公司\""))
            // A salesperson has no way past a block; confirming is for warnings only.
            #expect(!refused.text.contains("name=\"duplicates\""))
            let forced = try await web.post("/accounts/new", typed + [("duplicates", "confirm")])
            #expect(forced.status == .conflict)
            #expect(try await web.services.accounts.list(ListRequest(), by: .system).items.count == 1)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aWarningIsConfirmedOnce(database: TestDatabase) async throws {
        try await WebTest.run(database) { web in
            let f = try await Fixtures.make(web.services)
            _ = try await web.services.accounts.create(
                AccountFields(name: "杭州云栖数据有限公司", phone: "0571 8888 1234", status: "active"), by: f.eastRep)
            try await web.signIn("east1@example.com")
            try await web.get("/accounts/new")
            // The same name with another phone: similar, not blocking.
            let typed = [("name", "杭州云栖数据有限公司"), ("phone", "0571 8888 9999"), ("source", "referral")]
            let warned = try await web.post("/accounts/new", typed)
            #expect(warned.status == .conflict)
            #expect(warned.text.contains("已有相似的记录"))
            #expect(warned.text.contains("name=\"duplicates\" value=\"confirm\""))
            let saved = try await web.post("/accounts/new", typed + [("duplicates", "confirm")])
            #expect(saved.status == .seeOther)
            #expect(try await web.services.accounts.list(ListRequest(), by: .system).items.count == 2)
        }
    }
}
