import CairnCore
import CairnServices
import CairnTestSupport
import Foundation
import Testing

@testable import CairnHTTP

/// The account edit form is made from the field declarations: every field users give is on it, and what is typed
/// there is what gets stored.
struct AccountEditFormTests {
    @Test(arguments: TestDatabase.all)
    func theEditFormShowsAndSavesEveryEditableField(database: TestDatabase) async throws {
        try await WebTest.run(database) { web in
            let f = try await Fixtures.make(web.services)
            let account = try await web.services.accounts.create(
                AccountFields(name: "杭州云栖数据有限公司", phone: "0571-8888 1234"), by: f.eastRep)
            try await web.signIn("east1@example.com")
            let page = try await web.get("/accounts/\(account.id)")
            for field in AccountFields.fields where field.isInput {
                #expect(page.text.contains("id=\"edit-\(field.key)\""), "the edit form lacks \(field.key)")
            }

            var form: [(String, String)] = [
                ("version", "1"), ("name", "杭州云栖数据有限公司"), ("aliases", "云栖数据\nYunqi Data"),
                ("creditCode", Fixtures.creditCode), ("phone", "0571-8888 1234"), ("email", "Info@Yunqi.cn"),
                ("website", "https://yunqi.cn"), ("industry", "I"), ("province", "浙江省"), ("city", "杭州"),
                ("address", "西湖区文三路 90 号"), ("source", "referral"), ("tier", "A"), ("status", "active"),
                ("purchaseCycleDays", "九十"), ("notes", "年底采购"),
            ]
            let refused = try await web.post("/accounts/\(account.id)/edit", form)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("id=\"edit-purchaseCycleDays-error\""))
            #expect(refused.text.contains("采购周期（天）的类型不正确"))
            #expect(refused.text.contains("年底采购"))
            #expect(try await web.services.accounts.get(account.id, by: f.eastRep).meta.version == 1)

            form[form.firstIndex { $0.0 == "purchaseCycleDays" }!].1 = "90"
            let saved = try await web.post("/accounts/\(account.id)/edit", form)
            #expect(saved.status == .seeOther)
            let stored = try await web.services.accounts.get(account.id, by: f.eastRep).fields
            #expect(stored.aliases == ["云栖数据", "Yunqi Data"])
            #expect(stored.website == "https://yunqi.cn")
            #expect(stored.email == "info@yunqi.cn")
            #expect(stored.city == "杭州市")
            #expect(stored.purchaseCycleDays == 90)
            #expect(stored.notes == "年底采购")
            #expect(stored.tier == .a && stored.status == .active && stored.industry == "I")
        }
    }

    @Test(arguments: TestDatabase.all)
    func anEditToAnotherAccountsCreditCodeIsRefusedNextToTheField(database: TestDatabase) async throws {
        try await WebTest.run(database) { web in
            let f = try await Fixtures.make(web.services)
            _ = try await web.services.accounts.create(
                AccountFields(name: "宁波海天塑机有限公司", creditCode: Fixtures.creditCode), by: f.admin)
            let account = try await web.services.accounts.create(
                AccountFields(name: "杭州云栖数据有限公司", phone: "0571-8888 1234"), by: f.admin)
            try await web.signIn("admin@example.com")
            _ = try await web.get("/accounts/\(account.id)")
            let form: [(String, String)] = [
                ("version", "1"), ("name", "杭州云栖数据有限公司"), ("creditCode", Fixtures.creditCode),
                ("phone", "0571-8888 1234"), ("status", "active"), ("notes", "改错了代码"),
            ]
            let refused = try await web.post("/accounts/\(account.id)/edit", form)
            #expect(refused.status == .conflict)
            #expect(refused.text.contains("id=\"edit-creditCode-error\""))
            #expect(refused.text.contains("统一社会信用代码已被使用"))
            #expect(refused.text.contains("改错了代码"))
            #expect(try await web.services.accounts.get(account.id, by: f.admin).fields.creditCode == nil)
            // A form that carries no version did not come from the page: refused like an expired form.
            let versionless = try await web.post(
                "/accounts/\(account.id)/edit", form.filter { $0.0 != "version" }.map { $0.0 == "creditCode" ? ($0.0, "") : $0 })
            #expect(versionless.status == .forbidden)
            #expect(try await web.services.accounts.get(account.id, by: f.admin).meta.version == 1)
        }
    }

    /// An edit that makes the account match another one is refused with the matches shown; an admin may save it
    /// anyway from the same form (audited), a rep sees no such button.
    @Test(arguments: TestDatabase.all)
    func anAdminMayOverrideABlockingMatchOnAnEdit(database: TestDatabase) async throws {
        try await WebTest.run(database) { web in
            let f = try await Fixtures.make(web.services)
            _ = try await web.services.accounts.create(
                AccountFields(name: "宁波某某电子科技有限公司", phone: "0574 8618 2000"), by: f.admin)
            let account = try await web.services.accounts.create(AccountFields(name: "杭州远景能源有限公司"), by: f.admin)
            try await web.signIn("admin@example.com")
            _ = try await web.get("/accounts/\(account.id)")
            let form: [(String, String)] = [
                ("version", "1"), ("name", "某某电子（宁波）"), ("phone", "0574-86182000"), ("status", "prospect"),
            ]
            let refused = try await web.post("/accounts/\(account.id)/edit", form)
            #expect(refused.status == .conflict)
            #expect(refused.text.contains("name=\"duplicates\" value=\"override\""))
            #expect(try await web.services.accounts.get(account.id, by: f.admin).meta.version == 1)
            let saved = try await web.post("/accounts/\(account.id)/edit", form + [("duplicates", "override")])
            #expect(saved.status == .seeOther)
            #expect(try await web.services.accounts.get(account.id, by: f.admin).fields.phone == "+8657486182000")
        }
    }
}
