import CairnCore
import CairnServices
import CairnStore
import CairnTestSupport
import Foundation
import Testing

struct AccountMergeTests {
    /// Two accounts for one company, the second with children of every kind (one contact already deleted).
    struct Setup {
        let survivor: Stored<AccountFields>
        let duplicate: Stored<AccountFields>
        let contact: Stored<ContactFields>
        let deal: Stored<OpportunityFields>
    }

    static func setUp(_ services: Services, _ f: Fixtures) async throws -> Setup {
        let survivor = try await services.accounts.create(
            AccountFields(name: "某某科技（北京）", phone: "010 6552 1234", status: .active), by: f.eastRep)
        _ = try await services.contacts.create(
            ContactFields(accountId: survivor.id, name: "李娜", mobile: "13700137000"), by: f.eastRep)
        let duplicate = try await services.accounts.createChecked(
            AccountFields(
                name: "北京某某科技有限公司", creditCode: Fixtures.creditCode, phone: "(010) 6552-1234",
                email: "info@mm-tech.cn", status: .active),
            ownerId: f.eastRep.userId, by: f.admin, duplicates: .override
        ).record
        let contact = try await services.contacts.create(
            ContactFields(accountId: duplicate.id, name: "张伟", mobile: "13800138000"), by: f.eastRep)
        let gone = try await services.contacts.create(
            ContactFields(accountId: duplicate.id, name: "王芳", mobile: "13900139000"), by: f.eastRep)
        try await services.contacts.delete(gone.id, expectedVersion: 1, by: f.admin)
        let deal = try await services.opportunities.create(
            OpportunityFields(accountId: duplicate.id, contactId: contact.id, name: "MES 一期"), by: f.eastRep)
        _ = try await services.pipeline.moveStage(
            deal.id, to: "needs_confirmed", lossReason: nil, expectedVersion: 1, by: f.eastRep)
        _ = try await services.activities.create(
            ActivityFields(kind: .call, subject: "需求沟通", accountId: duplicate.id, contactId: contact.id), by: f.eastRep)
        _ = try await services.tasks.create(TaskFields(title: "发报价", accountId: duplicate.id), by: f.eastRep)
        _ = try await services.leads.create(
            LeadFields(name: "张伟", mobile: "13800138000", source: .website, accountId: duplicate.id), by: f.eastRep)
        return Setup(survivor: survivor, duplicate: duplicate, contact: contact, deal: deal)
    }

    @Test(arguments: TestDatabase.all)
    func mergeMovesEveryChildAndUndoRestoresEveryRowExactly(database: TestDatabase) async throws {
        try await database.withServices { services in
            let f = try await Fixtures.make(services)
            let s = try await Self.setUp(services, f)
            let before = try await DatabaseDump.make(services.environment.storage)

            await #expect(throws: ServiceError.forbidden) {
                try await services.merges.merge(
                    MergeRequest(survivorId: s.survivor.id, mergedIds: [s.duplicate.id]), by: f.eastManager)
            }
            let result = try await services.merges.merge(
                MergeRequest(survivorId: s.survivor.id, mergedIds: [s.duplicate.id], fieldSources: ["name": s.duplicate.id]),
                by: f.admin)
            // The survivor took the chosen name, filled its blanks, and keeps the other name as an alias.
            #expect(result.survivor.fields.name == "北京某某科技有限公司")
            #expect(result.survivor.fields.creditCode == Fixtures.creditCode)
            #expect(result.survivor.fields.email == "info@mm-tech.cn")
            #expect(result.survivor.fields.aliases == ["某某科技（北京）"])
            #expect(result.movedChildren == 6)
            await #expect(throws: ServiceError.notFound(.account)) {
                try await services.accounts.get(s.duplicate.id, by: f.admin)
            }
            let contacts = try await services.contacts.list(
                ListRequest(filters: ["accountId": s.survivor.id]), by: f.admin)
            #expect(Set(contacts.items.map(\.fields.name)) == ["李娜", "张伟"])
            #expect(try await services.opportunities.get(s.deal.id, by: f.admin).fields.accountId == s.survivor.id)
            #expect(try await services.pipeline.history(of: s.deal.id, by: f.admin).count == 2)
            // The merged record no longer counts as a duplicate; the survivor does.
            let again = try await services.accounts.duplicates(of: s.duplicate.fields, by: f.admin)
            #expect(again.visible.map(\.id) == [s.survivor.id])
            #expect(try await DatabaseDump.make(services.environment.storage) != before)

            try await services.merges.undo(result.mergeId, by: f.admin)
            let after = try await DatabaseDump.make(services.environment.storage)
            #expect(after.count == before.count)
            for (old, new) in zip(before, after) where old != new {
                Issue.record("row differs after undo:\n  before: \(old)\n  after:  \(new)")
            }
            await #expect(throws: ServiceError.conflict([FieldError(field: "mergeId", code: .alreadyUndone)])) {
                try await services.merges.undo(result.mergeId, by: f.admin)
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func undoIsRefusedOnceAMergedRowHasChangedAndChangesNothing(database: TestDatabase) async throws {
        try await database.withServices { services in
            let f = try await Fixtures.make(services)
            let s = try await Self.setUp(services, f)
            let result = try await services.merges.merge(
                MergeRequest(survivorId: s.survivor.id, mergedIds: [s.duplicate.id]), by: f.admin)
            _ = try await services.contacts.update(s.contact.id, expectedVersion: nil, by: f.admin) {
                var fields = $0
                fields.jobTitle = "总经理"
                return fields
            }
            let merged = try await DatabaseDump.make(services.environment.storage)
            await #expect(throws: ServiceError.self) { try await services.merges.undo(result.mergeId, by: f.admin) }
            #expect(try await DatabaseDump.make(services.environment.storage) == merged)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aBadMergeRequestNamesTheFieldAndChangesNothing(database: TestDatabase) async throws {
        try await database.withServices { services in
            let f = try await Fixtures.make(services)
            let s = try await Self.setUp(services, f)
            let before = try await DatabaseDump.make(services.environment.storage)
            await #expect(throws: ServiceError.validation([FieldError(field: "mergedIds", code: .invalidValue)])) {
                try await services.merges.merge(
                    MergeRequest(survivorId: s.survivor.id, mergedIds: [s.survivor.id]), by: f.admin)
            }
            let unknownSource = await #expect(throws: ServiceError.self) {
                try await services.merges.merge(
                    MergeRequest(
                        survivorId: s.survivor.id, mergedIds: [s.duplicate.id], fieldSources: ["phone": "nobody"]),
                    by: f.admin)
            }
            guard case .validation(let errors) = unknownSource else {
                Issue.record("expected a validation error, got \(String(describing: unknownSource))")
                return
            }
            #expect(errors.map(\.field) == ["fields.phone"])
            #expect(try await DatabaseDump.make(services.environment.storage) == before)
        }
    }
}
