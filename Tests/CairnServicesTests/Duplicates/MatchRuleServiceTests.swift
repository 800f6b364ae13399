import CairnCore
import CairnServices
import CairnTestSupport
import Foundation
import Logging
import Testing

struct MatchRuleServiceTests {
    @Test(arguments: TestDatabase.all)
    func anAdminsRulesApplyFromTheNextStartAndBadOnesAreRefused(database: TestDatabase) async throws {
        try await database.withServices { services in
            let f = try await Fixtures.make(services)
            let shipped = try services.matchRules.current(.account)
            var rules = try #require(try JSONSerialization.jsonObject(with: Data(shipped.utf8)) as? [String: Any])
            rules["entry"] = ["block": [String](), "warnAt": 3]
            let relaxed = String(decoding: try JSONSerialization.data(withJSONObject: rules), as: UTF8.self)

            await #expect(throws: ServiceError.forbidden) {
                try await services.matchRules.replace(.account, json: relaxed, by: f.eastRep)
            }
            let bad = relaxed.replacingOccurrences(of: "\"credit_code\"", with: "\"tax_number\"")
            await #expect(throws: ServiceError.self) { try await services.matchRules.replace(.account, json: bad, by: f.admin) }
            try await services.matchRules.replace(.account, json: relaxed, by: f.admin)

            // Loaded at the next start: the same phone and name now only warn.
            let restarted = try await Services.start(
                storage: services.environment.storage, clock: services.environment.clock, ids: services.environment.ids,
                logger: services.environment.logger, bcryptCost: 4)
            #expect(try restarted.matchRules.current(.account) == relaxed)
            _ = try await restarted.accounts.create(DuplicateCheckTests.existing, by: f.eastRep)
            let (_, findings) = try await restarted.accounts.createChecked(
                DuplicateCheckTests.entered, by: f.eastRep, duplicates: .refuseBlocking)
            #expect(!findings.blocks && findings.visible.count == 1)

            try await restarted.matchRules.reset(.account, by: f.admin)
            let reset = try await MatchRuleService.load(from: services.environment.storage, logger: Logger(label: "test"))
            #expect(reset.entries[.account]?.json == shipped)
        }
    }
}
