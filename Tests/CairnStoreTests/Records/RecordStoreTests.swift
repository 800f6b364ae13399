import CairnCore
import CairnServices
import CairnStore
import CairnTestSupport
import Foundation
import Testing

struct RecordStoreTests {
    @Test(arguments: TestDatabase.all)
    func recordsRoundTripExactly(database: TestDatabase) async throws {
        try await database.withServices { services in
            let fixtures = try await Fixtures.make(services)
            let fields = try AccountFields(
                name: "杭州云帆信息技术有限公司", aliases: ["云帆科技", "Yunfan"], creditCode: Fixtures.creditCode,
                phone: "0571-8888 6666", email: "info@yunfan.cn", industry: "I", province: "浙江", city: "杭州",
                tier: .s, purchaseCycleDays: 90, notes: "年度框架客户"
            ).validated()
            let created = try await services.accounts.create(fields, by: fixtures.eastRep)
            let read = try await services.environment.storage.read { session in
                try await RecordStore<AccountFields>().find(created.id, in: session)
            }
            #expect(read == created)
        }
    }

    @Test(arguments: TestDatabase.all)
    func searchFindsByNameFragmentPhoneAndCode(database: TestDatabase) async throws {
        try await database.withServices { services in
            let fixtures = try await Fixtures.make(services)
            let admin = fixtures.admin
            _ = try await services.accounts.create(
                AccountFields(name: "深圳华为技术有限公司", creditCode: Fixtures.creditCode, phone: "0755-2878 0808"), by: admin)
            _ = try await services.accounts.create(AccountFields(name: "北京字节跳动科技有限公司", phone: "13800138000"), by: admin)
            func names(_ query: String) async throws -> [String] {
                try await services.accounts.list(ListRequest(search: query, sort: "name"), by: admin).items.map(\.fields.name)
            }
            #expect(try await names("华为") == ["深圳华为技术有限公司"])
            #expect(try await names("科技有限") == ["北京字节跳动科技有限公司"])
            #expect(try await names("13800138000") == ["北京字节跳动科技有限公司"])
            #expect(try await names("28780808") == ["深圳华为技术有限公司"])
            #expect(try await names("91350100m000100y43") == ["深圳华为技术有限公司"])
            #expect(try await names("有限公司").count == 2)
            #expect(try await names("腾讯").isEmpty)
        }
    }

    @Test(arguments: TestDatabase.all)
    func searchFollowsRenamesAndDeletes(database: TestDatabase) async throws {
        try await database.withServices { services in
            let admin = try await Fixtures.make(services).admin
            let account = try await services.accounts.create(AccountFields(name: "深圳华为技术有限公司"), by: admin)
            func names(_ query: String) async throws -> [String] {
                try await services.accounts.list(ListRequest(search: query), by: admin).items.map(\.fields.name)
            }
            _ = try await services.accounts.update(
                account.id, fields: AccountFields(name: "深圳腾讯计算机系统有限公司"), expectedVersion: 1, by: admin)
            #expect(try await names("华为").isEmpty)
            #expect(try await names("腾讯") == ["深圳腾讯计算机系统有限公司"])
            // A change that leaves the searchable texts alone keeps the tokens as they are.
            _ = try await services.accounts.update(
                account.id, fields: AccountFields(name: "深圳腾讯计算机系统有限公司", tier: .s), expectedVersion: 2, by: admin)
            #expect(try await names("腾讯") == ["深圳腾讯计算机系统有限公司"])
            try await services.accounts.delete(account.id, expectedVersion: 3, by: admin)
            #expect(try await names("腾讯").isEmpty)
        }
    }

    /// A common word's page is found by walking the records newest first instead of collecting every match: the
    /// two plans give the same pages, in the same order, within the same scope.
    @Test(arguments: TestDatabase.all)
    func commonWordSearchPagesLikeARareOne(database: TestDatabase) async throws {
        try await database.withServices { services in
            let fixtures = try await Fixtures.make(services)
            for index in 0..<14 {
                let owner = index % 3 == 0 ? fixtures.eastRep2 : fixtures.eastRep
                let name = index % 4 == 3 ? "杭州第\(index)号贸易有限公司" : "杭州第\(index)号科技有限公司"
                _ = try await services.accounts.create(AccountFields(name: name), by: owner)
            }
            func pages(_ actor: Actor) async throws -> [[String]] {
                var pages: [[String]] = []
                var cursor: String?
                repeat {
                    let page = try await services.accounts.list(
                        ListRequest(search: "科技", limit: 4, cursor: cursor), by: actor)
                    pages.append(page.items.map(\.fields.name))
                    cursor = page.next.map { PageCursor.encode($0, sort: ListRequest.defaultSort) }
                } while cursor != nil
                return pages
            }
            // 11 of the 14 are 科技; the rep (own scope) owns 7 of those.
            for (actor, expected) in [(fixtures.admin, 11), (fixtures.eastRep, 7)] {
                let collected = try await pages(actor)
                let walked = try await SearchIndex.$commonMatches.withValue(2) { try await pages(actor) }
                #expect(walked == collected)
                #expect(collected.joined().count == expected)
                #expect(Set(collected.joined()).count == expected)
                #expect(collected.joined().allSatisfy { $0.contains("科技") })
            }
            #expect(try await pages(fixtures.admin).first?.first == "杭州第13号科技有限公司")
        }
    }

    @Test(arguments: TestDatabase.all)
    func cursorPagingVisitsEveryRecordOnce(database: TestDatabase) async throws {
        try await database.withServices { services in
            let fixtures = try await Fixtures.make(services)
            for index in 0..<7 {
                _ = try await services.accounts.create(AccountFields(name: "客户\(index % 3)"), by: fixtures.admin)
            }
            var seen: [String] = []
            var cursor: String?
            repeat {
                let page = try await services.accounts.list(
                    ListRequest(sort: "-name", limit: 3, cursor: cursor), by: fixtures.admin)
                seen += page.items.map(\.id)
                cursor = page.next.map { PageCursor.encode($0, sort: "-name") }
            } while cursor != nil
            #expect(seen.count == 7)
            #expect(Set(seen).count == 7)
        }
    }
}
