import CairnCore
import CairnStore
import CairnTestSupport
import Foundation
import Testing

@testable import CairnServices

/// A credit code is a legal identity: no write path leaves two live accounts with one code, whatever the role, and
/// the database refuses such a pair too.
struct CreditCodeIdentityTests {
    static let code = Fixtures.creditCode
    static let otherCode = Fixtures.otherCreditCode
    static let taken = ServiceError.conflict([FieldError(field: "creditCode", code: .alreadyTaken)])

    func account(_ name: String, code: String?, phone: String? = nil) -> AccountFields {
        AccountFields(name: name, creditCode: code, phone: phone, status: .active)
    }

    func liveHolders(of code: String, _ services: Services) async throws -> Int {
        try await services.accounts.list(ListRequest(), by: .system).items.filter { $0.fields.creditCode == code }.count
    }

    @Test(arguments: TestDatabase.all)
    func creatingAndEditingNeverShareACodeEvenForAnAdmin(database: TestDatabase) async throws {
        try await database.withServices { services in
            let f = try await Fixtures.make(services)
            let first = try await services.accounts.create(account("宁波海天塑机有限公司", code: Self.code), by: f.admin)
            // Creation: the duplicate check refuses it, and an admin's override still meets the identity rule.
            await #expect(throws: ServiceError.self) {
                try await services.accounts.create(account("海天集团", code: Self.code), by: f.eastRep)
            }
            await #expect(throws: Self.taken) {
                try await services.accounts.createChecked(
                    account("海天集团", code: Self.code), by: f.admin, duplicates: .override)
            }
            // Editing another account to the code: refused for a rep and for an admin.
            let second = try await services.accounts.create(account("杭州远景能源有限公司", code: Self.otherCode), by: f.admin)
            for actor in [f.eastRep, f.admin] {
                await #expect(throws: ServiceError.self) {
                    try await services.accounts.update(
                        second.id, expectedVersion: second.meta.version, by: actor
                    ) { fields in
                        var changed = fields
                        changed.creditCode = Self.code
                        return changed
                    }
                }
            }
            #expect(try await liveHolders(of: Self.code, services) == 1)
            #expect(try await services.accounts.get(second.id, by: f.admin).fields.creditCode == Self.otherCode)
            // Editing a phone to another account's phone is refused too; a name alone may always be corrected.
            let phoned = try await services.accounts.create(
                account("宁波某某电子有限公司", code: nil, phone: "0574 8618 2000"), by: f.admin)
            await #expect(throws: ServiceError.self) {
                try await services.accounts.update(second.id, expectedVersion: second.meta.version, by: f.admin) {
                    var changed = $0
                    changed.name = "某某电子（宁波）"
                    changed.phone = "0574-86182000"
                    return changed
                }
            }
            _ = try await services.accounts.update(phoned.id, expectedVersion: phoned.meta.version, by: f.admin) {
                var changed = $0
                changed.name = "宁波某某电子科技有限公司"
                return changed
            }
            #expect(first.fields.creditCode == Self.code)
            // An admin may override that blocking match on an edit (audited); a rep may not; a credit code never.
            let samePhone: @Sendable (AccountFields) -> AccountFields = {
                var changed = $0
                changed.name = "某某电子（宁波）"
                changed.phone = "0574-86182000"
                return changed
            }
            let repsOwn = try await services.accounts.create(account("宁波甬江电子有限公司", code: nil), by: f.eastRep)
            await #expect(throws: ServiceError.self) {
                try await services.accounts.update(
                    repsOwn.id, expectedVersion: repsOwn.meta.version, by: f.eastRep, duplicates: .override, change: samePhone)
            }
            #expect(try await services.accounts.get(repsOwn.id, by: f.admin).fields.phone == nil)
            let overridden = try await services.accounts.update(
                second.id, expectedVersion: second.meta.version, by: f.admin, duplicates: .override, change: samePhone)
            #expect(overridden.fields.phone == phoned.fields.phone)
            let audit = try await services.environment.storage.read {
                try await AuditStore().entries(entity: "account", recordId: second.id, in: $0)
            }
            #expect(audit.contains { $0.action == .duplicateOverride })
            await #expect(throws: Self.taken) {
                try await services.accounts.update(
                    second.id, expectedVersion: overridden.meta.version, by: f.admin, duplicates: .override
                ) { fields in
                    var changed = fields
                    changed.creditCode = Self.code
                    return changed
                }
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func everyUseCaseOfTheWriterMeetsTheRule(database: TestDatabase) async throws {
        try await database.withServices { services in
            let f = try await Fixtures.make(services)
            _ = try await services.accounts.create(account("宁波海天塑机有限公司", code: Self.code), by: f.admin)
            let owner = RecordOwner(id: f.admin.userId, teamId: nil)
            // Whatever the use case (a conversion, an import, seeding), a write through the one writer is checked.
            for cause in [ChangeCause.conversion(leadId: "lead-1"), .seeding, .entry] {
                await #expect(throws: Self.taken) {
                    try await services.environment.writing(as: f.admin, cause: cause) { unit in
                        try await unit.create(account("海天塑机", code: Self.code), id: services.environment.ids.next(), owner: owner)
                    }
                }
            }
            #expect(try await liveHolders(of: Self.code, services) == 1)
        }
    }

    @Test(arguments: TestDatabase.all)
    func mergesKeepOneHolderAndAnUndoThatWouldBreakTheRuleIsRefused(database: TestDatabase) async throws {
        try await database.withServices { services in
            let f = try await Fixtures.make(services)
            let survivor = try await services.accounts.create(account("宁波海天塑机有限公司", code: Self.code), by: f.admin)
            let merged = try await services.accounts.create(account("海天塑机（宁波）", code: Self.otherCode), by: f.admin)
            // The survivor takes the merged account's code: the merged one is gone first, so no moment has two.
            let merge = try await services.merges.merge(
                MergeRequest(survivorId: survivor.id, mergedIds: [merged.id], fieldSources: ["creditCode": merged.id]),
                by: f.admin)
            #expect(merge.survivor.fields.creditCode == Self.otherCode)
            #expect(try await liveHolders(of: Self.otherCode, services) == 1)
            // Someone takes the survivor's old code meanwhile: undoing would give it to two accounts.
            let newcomer = try await services.accounts.create(account("海天国际贸易有限公司", code: Self.code), by: f.admin)
            await #expect(throws: Self.taken) { try await services.merges.undo(merge.mergeId, by: f.admin) }
            #expect(try await liveHolders(of: Self.code, services) == 1)
            #expect(try await services.accounts.get(survivor.id, by: f.admin).fields.creditCode == Self.otherCode)
            // Once the newcomer is gone, the undo goes through.
            try await services.accounts.delete(newcomer.id, expectedVersion: nil, by: f.admin)
            _ = try await services.merges.undo(merge.mergeId, by: f.admin)
            #expect(try await liveHolders(of: Self.code, services) == 1)
            #expect(try await liveHolders(of: Self.otherCode, services) == 1)
        }
    }

    @Test(arguments: TestDatabase.all)
    func theDatabaseRefusesAPairAndAnOldPairIsHeldForReviewUntilMerged(database: TestDatabase) async throws {
        try await database.withServices { services in
            let f = try await Fixtures.make(services)
            let storage = services.environment.storage
            let first = try await services.accounts.create(account("宁波海天塑机有限公司", code: Self.code), by: f.admin)
            func bypassingServices(_ name: String) -> Stored<AccountFields> {
                Stored(
                    meta: RecordMeta(
                        id: services.environment.ids.next(), ownerId: f.admin.userId, teamId: nil,
                        createdAt: services.environment.clock.now(), createdBy: f.admin.userId),
                    fields: account(name, code: Self.code))
            }
            // Services bypassed: the partial unique index refuses a second live holder.
            let second = bypassingServices("海天塑机")
            await #expect(throws: (any Error).self) {
                try await storage.write { try await RecordStore<AccountFields>().insert(second, in: $0) }
            }
            #expect(try await liveHolders(of: Self.code, services) == 1)

            // A database from before the rule: no index, and a pair sharing the code.
            try await storage.execute("DROP INDEX accounts_credit_code_live")
            let old = bypassingServices("海天塑机（宁波）")
            try await storage.write { try await RecordStore<AccountFields>().insert(old, in: $0) }
            let indexes = UniqueFieldIndexes(environment: services.environment)
            #expect(try await indexes.ensure() == 1)
            #expect(try await indexes.ensure() == 1)
            let exists = {
                try await storage.read { try await UniqueIndexStore().exists(table: "accounts", column: "credit_code", in: $0) }
            }
            #expect(try await exists() == false)
            // The pair is in the review, once however often the check runs.
            let scan = try #require(try await services.duplicateScans.scan(nil, by: f.admin))
            let clusters = try await services.duplicateScans.clusters(scanId: scan.id, page: 0, by: f.admin)
            #expect(clusters.count == 1 && Set(clusters[0].members.map(\.id)) == [first.id, old.id])
            // Merged: the index applies at the next run.
            _ = try await services.merges.merge(MergeRequest(survivorId: first.id, mergedIds: [old.id]), by: f.admin)
            #expect(try await indexes.ensure() == 0)
            #expect(try await exists() == true)
        }
    }
}
