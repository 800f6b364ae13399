import CairnCore
import CairnServices
import CairnTestSupport
import Foundation
import Testing

struct TeamServiceTests {
    /// The week view counts what each person in the manager's team did since Monday, and nobody else.
    @Test(arguments: TestDatabase.all)
    func countsTheWeekPerPersonWithinTheManagersTeam(database: TestDatabase) async throws {
        let clock = TestClock()  // Monday 2026-11-23 17:00 in Beijing
        try await database.withServices(clock: clock) { services in
            let f = try await Fixtures.make(services)
            // Last week's work does not count.
            clock.advance(by: -3 * 86_400)
            _ = try await services.leads.create(LeadFields(name: "上周线索", mobile: "13800000001", source: .website), by: f.eastRep)
            clock.advance(by: 3 * 86_400)
            let account = try await services.accounts.create(AccountFields(name: "南京金陵电气有限公司"), by: f.eastRep)
            _ = try await services.leads.create(LeadFields(name: "本周线索", mobile: "13800000002", source: .website), by: f.eastRep)
            _ = try await services.activities.create(
                ActivityFields(kind: .call, subject: "拜访预约", accountId: account.id), by: f.eastRep)
            _ = try await services.activities.create(
                ActivityFields(kind: .wechat, subject: "客户来信", accountId: account.id, direction: .inbound), by: f.eastRep)
            _ = try await services.tasks.create(
                TaskFields(title: "逾期任务", dueAt: clock.now().addingTimeInterval(-60), accountId: account.id), by: f.eastRep)
            let deal = try await services.opportunities.create(
                OpportunityFields(accountId: account.id, name: "配电柜", amount: Money(minorUnits: 30_000_000)), by: f.eastRep)
            _ = try await services.pipeline.moveStage(
                deal.id, to: "proposal", lossReason: nil, expectedVersion: nil, by: f.eastRep)
            _ = try await services.pipeline.moveStage(deal.id, to: "won", lossReason: nil, expectedVersion: nil, by: f.eastRep)
            _ = try await services.leads.create(
                LeadFields(name: "华南线索", mobile: "13800000003", source: .website), by: f.southRep)

            let week = try await services.team.thisWeek(by: f.eastManager)
            #expect(week.start == Date(timeIntervalSince1970: 1_795_363_200))
            let rep = try #require(week.figures[f.eastRep.userId])
            #expect(rep.newLeads == 1)
            #expect(rep.followUps == 1)
            #expect(rep.overdueTasks == 1)
            #expect(rep.stageMoves == 2)
            #expect(rep.wins == 1)
            #expect(rep.wonAmountMinor == 30_000_000)
            #expect(week.figures[f.southRep.userId] == nil)
            #expect(try await services.team.thisWeek(by: f.admin).figures[f.southRep.userId]?.newLeads == 1)
        }
    }
}
