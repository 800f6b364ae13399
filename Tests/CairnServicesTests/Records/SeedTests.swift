import CairnCore
import CairnStore
import CairnTestSupport
import Foundation
import Testing

@testable import CairnServices

/// Seeding generated data at scale skips only the duplicate check: validation, search tokens, duplicate keys, audit
/// and unique fields work as for any creation.
struct SeedTests {
    @Test(arguments: TestDatabase.all)
    func seededRecordsAreValidatedFiledAndAuditedButNotCheckedForDuplicates(database: TestDatabase) async throws {
        try await database.withServices { services in
            let f = try await Fixtures.make(services)
            let batch = [
                AccountFields(name: "杭州云栖数据有限公司", phone: "0571 8888 1234", status: .active),
                // Another company with the same phone: a creation would be refused, seeding files it.
                AccountFields(name: "云栖数据（杭州）", phone: "0571-8888-1234", status: .active),
            ]
            await #expect(throws: ServiceError.forbidden) { try await services.accounts.seed(batch, by: f.eastRep) }
            await #expect(throws: ServiceError.self) {
                try await services.accounts.seed([AccountFields(name: "", status: .active)], by: f.admin)
            }
            let seeded = try await services.accounts.seed(batch, by: f.admin)
            #expect(seeded.count == 2)
            let found = try await services.accounts.list(ListRequest(search: "云栖"), by: f.admin)
            #expect(found.items.count == 2)
            // Their keys are filed: the next creation of that phone sees both.
            let findings = try await services.accounts.duplicates(of: batch[0], by: f.admin)
            #expect(findings.visible.count == 2)
            let audited = try await services.environment.storage.read { session in
                try await AuditStore().entries(entity: "account", recordId: seeded[0].id, in: session)
            }
            #expect(audited.count == 1)
            // Unique fields still hold.
            let coded = AccountFields(name: "宁波海天塑机有限公司", creditCode: Fixtures.creditCode, status: .active)
            await #expect(throws: ServiceError.self) { try await services.accounts.seed([coded, coded], by: f.admin) }
        }
    }
}
