import CairnCore
import CairnServices
import CairnTestSupport
import Foundation
import Testing

@testable import CairnHTTP

struct ActivityLoggingTests {
    @Test(arguments: TestDatabase.all)
    func aCallIsLoggedWithItsTimeContactRatingAndNextStep(database: TestDatabase) async throws {
        try await WebTest.run(database) { web in
            let f = try await Fixtures.make(web.services)
            let account = try await web.services.accounts.create(AccountFields(name: "杭州云启科技有限公司"), by: f.eastRep)
            let contact = try await web.services.contacts.create(
                ContactFields(accountId: account.id, name: "李娜"), by: f.eastRep)
            try await web.signIn("east1@example.com")
            let page = try await web.get("/accounts/\(account.id)")
            #expect(page.text.contains("<option value=\"\(contact.id)\">李娜</option>"))
            let logged = try await web.post(
                "/activities",
                [
                    ("kind", "call"), ("subject", "确认了预算，下周给报价"), ("accountId", account.id), ("contactId", contact.id),
                    ("rating", "satisfied"), ("occurredAt", "2026-11-20T15:30"), ("nextStep", "发送报价单"),
                    ("nextStepDueAt", "2026-12-01"), ("back", "/accounts/\(account.id)"),
                ])
            #expect(logged.status == .seeOther && logged.headers[.location] == "/accounts/\(account.id)")
            let activity = try #require(try await web.services.activities.list(ListRequest(), by: f.eastRep).items.first)
            #expect(activity.fields.contactId == contact.id && activity.fields.rating == .satisfied)
            #expect(activity.fields.occurredAt == Date(timeIntervalSince1970: 1_795_159_800))  // 15:30 in China
            let task = try #require(try await web.services.tasks.list(ListRequest(), by: f.eastRep).items.first)
            #expect(task.fields.title == "发送报价单" && task.fields.accountId == account.id)
            #expect(task.fields.contactId == contact.id && task.meta.ownerId == f.eastRep.userId)
            #expect(task.fields.dueAt == Date(timeIntervalSince1970: 1_796_086_800))  // 09:00 on 1 December in China
        }
    }

    @Test(arguments: TestDatabase.all)
    func aRefusedActivityKeepsItsCustomerAndWritesNothing(database: TestDatabase) async throws {
        try await WebTest.run(database) { web in
            let f = try await Fixtures.make(web.services)
            let account = try await web.services.accounts.create(AccountFields(name: "杭州云启科技有限公司"), by: f.eastRep)
            try await web.signIn("east1@example.com")
            try await web.get("/accounts/\(account.id)")
            let refused = try await web.post(
                "/activities",
                [
                    ("kind", "call"), ("subject", String(repeating: "很长的记录", count: 1000)), ("accountId", account.id),
                    ("occurredAt", "昨天"), ("nextStep", String(repeating: "步", count: 201)), ("back", "/today"),
                ])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("href=\"/accounts/\(account.id)\">杭州云启科技有限公司</a>"))
            for field in ["subject", "occurredAt", "nextStep"] {
                #expect(refused.text.contains("id=\"activity-\(field)-error\""), "no error next to \(field)")
            }
            #expect(refused.text.contains("name=\"accountId\" value=\"\(account.id)\""))
            #expect(try await web.services.activities.list(ListRequest(), by: f.eastRep).items.isEmpty)
            #expect(try await web.services.tasks.list(ListRequest(), by: f.eastRep).items.isEmpty)
        }
    }
}

extension ActivityLoggingTests {
    /// Opened on its own, the activity form lets the rep choose the account (those they may see); without one it
    /// says so next to the list.
    @Test(arguments: TestDatabase.all)
    func theActivityFormOnItsOwnOffersTheAccounts(database: TestDatabase) async throws {
        try await WebTest.run(database) { web in
            let f = try await Fixtures.make(web.services)
            let mine = try await web.services.accounts.create(AccountFields(name: "杭州云启科技有限公司"), by: f.eastRep)
            _ = try await web.services.accounts.create(AccountFields(name: "广州南方物流有限公司"), by: f.southRep)
            try await web.signIn("east1@example.com")
            let form = try await web.get("/activities/new")
            #expect(form.text.contains("<option value=\"\(mine.id)\">杭州云启科技有限公司</option>"))
            #expect(!form.text.contains("广州南方物流有限公司"))
            let refused = try await web.post("/activities", [("kind", "call"), ("subject", "电话沟通"), ("accountId", "")])
            #expect(refused.status == .unprocessableContent && refused.text.contains("id=\"activity-accountId-error\""))
            let logged = try await web.post("/activities", [("kind", "call"), ("subject", "电话沟通"), ("accountId", mine.id)])
            #expect(logged.status == .seeOther)
        }
    }
}
