import CairnCore
import CairnServices
import CairnTestSupport
import Foundation
import Testing

@testable import CairnHTTP

/// From an account a rep reaches its contacts and deals, each a page of its own, and adds either in one form.
struct ContactAndDealPageTests {
    @Test(arguments: TestDatabase.all)
    func aContactIsAddedSeenEditedAndTalkedTo(database: TestDatabase) async throws {
        try await WebTest.run(database) { web in
            let f = try await Fixtures.make(web.services)
            let account = try await web.services.accounts.create(AccountFields(name: "杭州云启科技有限公司"), by: f.eastRep)
            try await web.signIn("east1@example.com")
            let accountPage = try await web.get("/accounts/\(account.id)")
            #expect(accountPage.text.contains("href=\"/accounts/\(account.id)/contacts/new\""))
            #expect(try await web.get("/accounts/\(account.id)/contacts/new").status == .ok)
            let refused = try await web.post("/accounts/\(account.id)/contacts", [("name", ""), ("mobile", "12345")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("new-name-error") && refused.text.contains("new-mobile-error"))
            let added = try await web.post(
                "/accounts/\(account.id)/contacts", [("name", "李娜"), ("mobile", "138 0013 8000"), ("jobTitle", "采购经理")])
            #expect(added.status == .seeOther && added.headers[.location] == "/accounts/\(account.id)?contact=added")
            let contact = try #require(
                try await web.services.contacts.list(ListRequest(filters: ["accountId": account.id]), by: f.eastRep).items
                    .first)
            #expect(contact.fields.mobile == "+8613800138000" && contact.fields.jobTitle == "采购经理")
            #expect(try await web.get("/accounts/\(account.id)?contact=added").text.contains("href=\"/contacts/\(contact.id)\""))

            _ = try await web.services.activities.create(
                ActivityFields(kind: .call, subject: "约了下周拜访", accountId: account.id, contactId: contact.id), by: f.eastRep)
            let page = try await web.get("/contacts/\(contact.id)")
            #expect(page.status == .ok && page.text.contains("约了下周拜访"))
            #expect(page.text.contains("href=\"/accounts/\(account.id)\">杭州云启科技有限公司</a>"))
            #expect(page.text.contains("<option value=\"\(contact.id)\" selected>李娜</option>"))
            let saved = try await web.post(
                "/contacts/\(contact.id)/edit", [("version", "1"), ("name", "李娜"), ("jobTitle", "采购总监")])
            #expect(saved.status == .seeOther)
            #expect(try await web.services.contacts.get(contact.id, by: f.eastRep).fields.jobTitle == "采购总监")
            // Another team's rep cannot see it.
            #expect(try await web.services.contacts.list(ListRequest(), by: f.southRep).items.isEmpty)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aDealIsAddedWithItsAmountAndShowsHowItMoved(database: TestDatabase) async throws {
        try await WebTest.run(database) { web in
            let f = try await Fixtures.make(web.services)
            let account = try await web.services.accounts.create(AccountFields(name: "杭州云启科技有限公司"), by: f.eastRep)
            let contact = try await web.services.contacts.create(
                ContactFields(accountId: account.id, name: "李娜"), by: f.eastRep)
            try await web.signIn("east1@example.com")
            let form = try await web.get("/accounts/\(account.id)/opportunities/new")
            #expect(form.text.contains("<option value=\"\(contact.id)\">李娜</option>"))
            #expect(!form.text.contains("value=\"0.00\""))
            let badAmount = try await web.post(
                "/accounts/\(account.id)/opportunities", [("name", "数据平台二期"), ("amount", "十二万")])
            #expect(badAmount.status == .unprocessableContent && badAmount.text.contains("new-amount-error"))
            let added = try await web.post(
                "/accounts/\(account.id)/opportunities",
                [("name", "数据平台二期"), ("amount", "12万"), ("contactId", contact.id), ("expectedCloseDate", "2027-01-15")])
            #expect(added.status == .seeOther)
            let dealPath = try #require(added.headers[.location])
            let deal = try #require(try await web.services.opportunities.list(ListRequest(), by: f.eastRep).items.first)
            #expect(dealPath == "/opportunities/\(deal.id)")
            #expect(deal.fields.amount.minorUnits == 12_000_000 && deal.fields.contactId == contact.id)
            _ = try await web.services.pipeline.moveStage(
                deal.id, to: "needs_confirmed", lossReason: nil, expectedVersion: nil, by: f.eastRep)
            let page = try await web.get(dealPath)
            #expect(page.status == .ok && page.text.contains("需求确认") && page.text.contains("id=\"stage-history\""))
            #expect(page.text.contains("href=\"/contacts/\(contact.id)\">李娜</a>"))
            #expect(try await web.get("/accounts/\(account.id)").text.contains("href=\"\(dealPath)\""))
        }
    }
}

extension ContactAndDealPageTests {
    /// The account's timeline keeps what is ahead apart, shows the newest past first (twenty, then all on request)
    /// and one kind at a time when asked.
    @Test(arguments: TestDatabase.all)
    func theTimelineKeepsTheFutureApartAndPagesThePast(database: TestDatabase) async throws {
        try await WebTest.run(database) { web in
            let f = try await Fixtures.make(web.services)
            let now = web.services.environment.clock.now()
            let account = try await web.services.accounts.create(AccountFields(name: "杭州云启科技有限公司"), by: f.eastRep)
            for index in 1...25 {
                _ = try await web.services.activities.create(
                    ActivityFields(
                        kind: .call, subject: "第\(index)次电话", occurredAt: now.addingTimeInterval(-Double(index) * 3600),
                        accountId: account.id), by: f.eastRep)
            }
            _ = try await web.services.tasks.create(
                TaskFields(title: "下周二上门演示", dueAt: now.addingTimeInterval(5 * 86_400), accountId: account.id),
                by: f.eastRep)
            _ = try await web.services.tasks.create(TaskFields(title: "寄送样品", accountId: account.id), by: f.eastRep)
            try await web.signIn("east1@example.com")
            let page = try await web.get("/accounts/\(account.id)")
            let upcoming = try #require(page.text.range(of: "id=\"upcoming\""))
            let timeline = try #require(page.text.range(of: "id=\"timeline\""))
            #expect(page.text.range(of: "下周二上门演示")!.lowerBound > upcoming.lowerBound)
            #expect(page.text.range(of: "下周二上门演示")!.lowerBound < timeline.lowerBound)
            // An open task with no date is still to do: listed ahead, after the dated ones.
            #expect(page.text.range(of: "寄送样品")!.lowerBound < timeline.lowerBound)
            #expect(page.text.range(of: "寄送样品")!.lowerBound > page.text.range(of: "下周二上门演示")!.lowerBound)
            #expect(page.text.components(separatedBy: "<li class=\"timeline-").count - 1 == 20)
            #expect(page.text.contains("显示全部 26 条"))
            let all = try await web.get("/accounts/\(account.id)?all=1")
            #expect(all.text.components(separatedBy: "<li class=\"timeline-").count - 1 == 26)
            let calls = try await web.get("/accounts/\(account.id)?timeline=activity&all=1")
            #expect(calls.text.components(separatedBy: "<li class=\"timeline-activity").count - 1 == 25)
            #expect(!calls.text.contains("<li class=\"timeline-created"))
        }
    }
}

extension ContactAndDealPageTests {
    /// An account merged into another keeps its address working: it leads to the survivor, which says so.
    @Test(arguments: TestDatabase.all)
    func aMergedAwayAccountLeadsToTheOneItBecame(database: TestDatabase) async throws {
        try await WebTest.run(database) { web in
            let f = try await Fixtures.make(web.services)
            let survivor = try await web.services.accounts.create(AccountFields(name: "杭州云启科技有限公司"), by: f.admin)
            let merged = try await web.services.accounts.createChecked(
                AccountFields(name: "云启科技（杭州）"), by: f.admin, duplicates: .override
            ).record
            _ = try await web.services.merges.merge(
                MergeRequest(survivorId: survivor.id, mergedIds: [merged.id]), by: f.admin)
            try await web.signIn("admin@example.com")
            let old = try await web.get("/accounts/\(merged.id)")
            #expect(old.status == .seeOther && old.headers[.location] == "/accounts/\(survivor.id)?mergedFrom=1")
            #expect(try await web.get("/accounts/\(survivor.id)?mergedFrom=1").text.contains("你打开的客户已合并到这里。"))
            #expect(try await web.get("/accounts/nope").status == .notFound)
        }
    }
}
