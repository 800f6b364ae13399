import CairnCore
import CairnServices
import CairnTestSupport
import Foundation
import Testing

struct TodayServiceTests {
    /// Every reason appears from real records, in rank order, and acting on an item removes it.
    @Test(arguments: TestDatabase.all)
    func listsWhatWaitsAndDropsWhatWasDone(database: TestDatabase) async throws {
        let clock = TestClock()
        try await database.withServices(clock: clock) { services in
            let f = try await Fixtures.make(services)
            let rep = f.eastRep
            let account = try await services.accounts.create(AccountFields(name: "苏州恒通精密机械有限公司"), by: rep)
            let deal = try await services.opportunities.create(
                OpportunityFields(accountId: account.id, name: "产线改造", amount: Money(minorUnits: 50_000_000)), by: rep)
            let quietDeal = try await services.opportunities.create(
                OpportunityFields(accountId: account.id, name: "备件年度合同", amount: Money(minorUnits: 9_000_000)), by: rep)
            clock.advance(by: 8 * 86_400)
            _ = try await services.activities.create(
                ActivityFields(kind: .call, subject: "确认预算", accountId: account.id, opportunityId: deal.id), by: rep)
            let lead = try await services.leads.create(
                LeadFields(name: "钱立新", companyName: "无锡立新电子", mobile: "13912345678", source: .website), by: rep)
            let contacted = try await services.leads.create(
                LeadFields(name: "孙海", mobile: "13912345679", source: .website), by: rep)
            _ = try await services.activities.create(
                ActivityFields(kind: .call, subject: "首次电话", leadId: contacted.id), by: rep)
            clock.advance(by: 60)
            let message = try await services.activities.create(
                ActivityFields(kind: .wechat, subject: "客户问报价", accountId: account.id, direction: .inbound), by: rep)
            let overdue = try await services.tasks.create(
                TaskFields(title: "寄样品", dueAt: clock.now().addingTimeInterval(-3600), accountId: account.id), by: rep)
            let later = try await services.tasks.create(
                TaskFields(title: "准备方案", dueAt: clock.now().addingTimeInterval(3600)), by: rep)
            _ = try await services.tasks.create(
                TaskFields(title: "下周回访", dueAt: clock.now().addingTimeInterval(7 * 86_400)), by: rep)
            // Someone else's records never show up.
            _ = try await services.leads.create(
                LeadFields(name: "别人的线索", mobile: "13800000000", source: .website), by: f.eastRep2)

            var agenda = try await services.today.agenda(for: rep)
            #expect(agenda.map(\.recordId) == [lead.id, message.id, overdue.id, later.id, quietDeal.id])
            #expect(
                agenda.map(\.reason) == [
                    .leadAwaitingFirstContact, .customerAwaitingReply, .taskOverdue, .taskDueToday, .dealWithoutActivity,
                ])
            #expect(agenda[1].accountName == "苏州恒通精密机械有限公司")

            _ = try await services.activities.create(
                ActivityFields(kind: .call, subject: "回电", leadId: lead.id), by: rep)
            _ = try await services.activities.create(
                ActivityFields(kind: .wechat, subject: "已发报价", accountId: account.id, opportunityId: quietDeal.id), by: rep)
            _ = try await services.tasks.update(overdue.id, expectedVersion: nil, by: rep) { task in
                var done = task
                done.status = .done
                return done
            }
            agenda = try await services.today.agenda(for: rep)
            #expect(agenda.map(\.recordId) == [later.id])
            #expect(try await services.today.agenda(for: f.southRep).isEmpty)
        }
    }
}
