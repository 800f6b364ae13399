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
                AccountFields(name: "某某科技（北京）", phone: "010 6552 1234", status: .active), by: f.eastRep)
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
                AccountFields(name: "杭州云栖数据有限公司", phone: "0571 8888 1234", status: .active), by: f.eastRep)
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

struct MergeWebTests {
    @Test(arguments: TestDatabase.all)
    func anAdminReviewsAClusterMergesItAndUndoes(database: TestDatabase) async throws {
        try await WebTest.run(database) { web in
            let f = try await Fixtures.make(web.services)
            func add(_ name: String, phone: String, email: String? = nil) async throws -> Stored<AccountFields> {
                try await web.services.accounts.createChecked(
                    AccountFields(name: name, phone: phone, email: email, status: .active), ownerId: f.eastRep.userId,
                    by: f.admin, duplicates: .override
                ).record
            }
            let first = try await add("某某科技（北京）", phone: "010 6552 1234")
            let second = try await add("北京某某科技有限公司", phone: "(010) 6552-1234", email: "info@mm-tech.cn")
            _ = try await web.services.contacts.create(ContactFields(accountId: second.id, name: "李娜"), by: f.admin)

            try await web.signIn("admin@example.com")
            let empty = try await web.get("/admin/duplicates")
            #expect(empty.text.contains("还没有扫描过"))
            _ = try await web.services.duplicateScans.start(by: f.admin)
            try await web.services.jobRunner().runDue()
            let page = try await web.get("/admin/duplicates")
            #expect(page.text.contains("第 1 组 · 2 个客户"))
            #expect(page.text.contains("电话相同"))
            let reviewPath = "/admin/duplicates/merge?ids=\(first.id),\(second.id)"
            #expect(page.text.contains("href=\"\(reviewPath)\""))
            let review = try await web.get(reviewPath)
            #expect(review.status == .ok)
            #expect(review.text.contains("name=\"keep.name\" value=\"\(second.id)\""))
            // What each brings along is shown before anything moves.
            #expect(review.text.contains("1 个联系人 · 0 个商机 · 0 条活动 · 0 个任务"))
            let merged = try await web.post(
                "/admin/duplicates/merge",
                [("ids", first.id), ("ids", second.id), ("survivor", first.id), ("keep.name", second.id)])
            #expect(merged.status == .seeOther)
            let location = try #require(merged.headers[.location])
            let survivorPage = try await web.get(location)
            #expect(survivorPage.text.contains("<h1>北京某某科技有限公司</h1>"))
            #expect(survivorPage.text.contains("id=\"undo-merge\""))
            #expect(try await web.services.accounts.get(first.id, by: f.admin).fields.email == "info@mm-tech.cn")

            let mergeId = try #require(location.split(separator: "merged=").last.map(String.init))
            let undone = try await web.post("/admin/merges/\(mergeId)/undo", [])
            #expect(undone.status == .seeOther)
            #expect(try await web.get(try #require(undone.headers[.location])).text.contains("合并已撤销"))
            #expect(try await web.services.accounts.get(first.id, by: f.admin).fields.name == "某某科技（北京）")
            #expect(try await web.services.accounts.get(second.id, by: f.admin).meta.deletedAt == nil)
            let again = try await web.post("/admin/merges/\(mergeId)/undo", [])
            #expect(again.status == .conflict)
            #expect(again.text.contains("已经撤销过了"))
        }
    }

    @Test(arguments: TestDatabase.all)
    func salespeopleCannotOpenTheDuplicatesReview(database: TestDatabase) async throws {
        try await WebTest.run(database) { web in
            _ = try await Fixtures.make(web.services)
            try await web.signIn("east1@example.com")
            #expect(try await web.get("/admin/duplicates").status == .forbidden)
            #expect(try await web.get("/admin/duplicates/merge?ids=a,b").status == .forbidden)
        }
    }
}

extension DuplicateWebTests {
    /// A scan that has not counted its records yet says it is getting ready (never "0 / 0"), and the button that
    /// starts one is off while it runs.
    @Test(arguments: TestDatabase.all)
    func aScanNotYetCountingSaysItIsGettingReady(database: TestDatabase) async throws {
        try await WebTest.run(database) { web in
            let f = try await Fixtures.make(web.services)
            _ = try await web.services.duplicateScans.start(by: f.admin)
            try await web.signIn("admin@example.com")
            let page = try await web.get("/admin/duplicates")
            #expect(page.text.contains("正在准备，马上开始…") && !page.text.contains("0 / 0"))
            #expect(page.text.contains("<button type=\"submit\" class=\"button primary\" disabled>"))
        }
    }
}
