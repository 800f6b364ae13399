import CairnCore
import CairnServices
import CairnTestSupport
import Foundation
import Testing

struct OpportunityServiceTests {
    @Test(arguments: TestDatabase.all)
    func stageMovesAreKeptWithTheirTimes(database: TestDatabase) async throws {
        let clock = TestClock()
        try await database.withServices(clock: clock) { services in
            let f = try await Fixtures.make(services)
            let account = try await services.accounts.create(AccountFields(name: "成都天成医疗器械有限公司"), by: f.eastRep)
            let deal = try await services.opportunities.create(
                OpportunityFields(accountId: account.id, name: "设备采购", amount: Money(minorUnits: 12_000_000)), by: f.eastRep)
            #expect(deal.fields.probability == 10)
            clock.advance(by: 3600)
            let moved = try await services.pipeline.moveStage(
                deal.id, to: "proposal", lossReason: nil, expectedVersion: nil, by: f.eastRep)
            #expect(moved.fields.probability == 50)
            clock.advance(by: 3600)
            await #expect(throws: ServiceError.validation([FieldError(field: "lossReason", code: .required)])) {
                try await services.pipeline.moveStage(deal.id, to: "lost", lossReason: nil, expectedVersion: nil, by: f.eastRep)
            }
            _ = try await services.pipeline.moveStage(
                deal.id, to: "lost", lossReason: "price", expectedVersion: nil, by: f.eastRep)
            let history = try await services.pipeline.history(of: deal.id, by: f.eastRep)
            #expect(history.map(\.toStage) == ["qualification", "proposal", "lost"])
            #expect(history.map(\.fromStage) == [nil, "qualification", "proposal"])
            #expect(history[2].changedAt.timeIntervalSince(history[0].changedAt) == 7200)
            await #expect(throws: ServiceError.self) {
                try await services.pipeline.moveStage(
                    deal.id, to: "nowhere", lossReason: nil, expectedVersion: nil, by: f.eastRep)
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func stageTotalsCountAndSumTheDealsInScope(database: TestDatabase) async throws {
        try await database.withServices { services in
            let f = try await Fixtures.make(services)
            let account = try await services.accounts.create(AccountFields(name: "合肥科大讯达有限公司"), by: f.eastRep)
            for amount in [10_000_000, 25_000_000] as [Int64] {
                _ = try await services.opportunities.create(
                    OpportunityFields(accountId: account.id, name: "项目\(amount)", amount: Money(minorUnits: amount)),
                    by: f.eastRep)
            }
            let other = try await services.accounts.create(AccountFields(name: "深圳南山贸易有限公司"), by: f.southRep)
            _ = try await services.opportunities.create(
                OpportunityFields(accountId: other.id, name: "华南项目", amount: Money(minorUnits: 99_000_000)), by: f.southRep)
            let mine = try await services.pipeline.stageTotals(DealFilter(), by: f.eastRep)
            #expect(mine == [StageTotal(stage: "qualification", currency: "CNY", count: 2, amountMinor: 35_000_000)])
            let all = try await services.pipeline.stageTotals(DealFilter(), by: f.admin)
            #expect(all.first?.count == 3)
            #expect(all.first?.amountMinor == 134_000_000)
            let south = try await services.pipeline.stageTotals(DealFilter(teamId: f.southRep.teamId), by: f.admin)
            #expect(south.first?.amountMinor == 99_000_000)
        }
    }
}
