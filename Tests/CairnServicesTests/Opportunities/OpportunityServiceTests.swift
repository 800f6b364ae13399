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
}
