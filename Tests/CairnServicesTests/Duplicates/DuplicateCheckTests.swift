import CairnCore
import CairnMatching
import CairnServices
import CairnStore
import CairnTestSupport
import Foundation
import Testing

struct DuplicateCheckTests {
    static let existing = AccountFields(name: "某某科技（北京）", phone: "010 6552 1234", status: .active)
    static let entered = AccountFields(name: "北京某某科技有限公司", phone: "(010) 6552-1234", status: .active)

    @Test(arguments: TestDatabase.all)
    func sameCompanyWithTheSamePhoneIsRefusedWithBothReasons(database: TestDatabase) async throws {
        try await database.withServices { services in
            let f = try await Fixtures.make(services)
            let first = try await services.accounts.create(Self.existing, by: f.eastRep)
            let error = await #expect(throws: ServiceError.self) {
                try await services.accounts.create(Self.entered, by: f.eastRep)
            }
            guard case .duplicates(let findings) = error else {
                Issue.record("expected a duplicate refusal, got \(String(describing: error))")
                return
            }
            #expect(findings.blocks)
            #expect(findings.visible.map(\.id) == [first.id])
            let reasons = try #require(findings.visible.first?.reasons)
            #expect(reasons.map(\.key).contains("match.same_phone"))
            let core = try #require(reasons.first { $0.key == "match.company_core" })
            #expect(core.parameters["core"] == "某某科技")
            #expect(core.parameters["removed"] == "有限公司、北京")
            let english = reasons.map { MessageCatalog.text($0.key, .en, $0.parameters) }
            #expect(english.contains("company name matches after removing 有限公司、北京 (某某科技)"))
            // Nothing was written.
            #expect(try await services.accounts.list(ListRequest(), by: f.admin).items.count == 1)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aBatchThatHoldsTheSameCompanyTwiceIsRefusedWhole(database: TestDatabase) async throws {
        try await database.withServices { services in
            let f = try await Fixtures.make(services)
            // Each is checked before the write, when neither exists; the write sees the first and checks again.
            await #expect(throws: ServiceError.self) {
                try await services.accounts.createBatch([Self.existing, Self.entered], by: f.eastRep)
            }
            #expect(try await services.accounts.list(ListRequest(), by: f.admin).items.isEmpty)
        }
    }

    @Test(arguments: TestDatabase.all)
    func recordsOutOfSightStillBlockButAreOnlyCounted(database: TestDatabase) async throws {
        try await database.withServices { services in
            let f = try await Fixtures.make(services)
            _ = try await services.accounts.create(Self.existing, by: f.eastRep)
            let error = await #expect(throws: ServiceError.self) {
                try await services.accounts.create(Self.entered, by: f.southRep)
            }
            guard case .duplicates(let findings) = error else {
                Issue.record("expected a duplicate refusal, got \(String(describing: error))")
                return
            }
            #expect(findings.blocks && findings.visible.isEmpty && findings.hiddenCount == 1)
            let seen = try await services.accounts.duplicates(of: Self.entered, by: f.southRep)
            #expect(seen.visible.isEmpty && seen.hiddenCount == 1 && seen.blocks)
        }
    }

    @Test(arguments: TestDatabase.all)
    func overridingNeedsTheRightAndIsAudited(database: TestDatabase) async throws {
        try await database.withServices { services in
            let f = try await Fixtures.make(services)
            let first = try await services.accounts.create(Self.existing, by: f.eastRep)
            await #expect(throws: ServiceError.forbidden) {
                try await services.accounts.createChecked(Self.entered, by: f.eastRep, duplicates: .override)
            }
            let (record, findings) = try await services.accounts.createChecked(
                Self.entered, ownerId: f.eastRep.userId, by: f.admin, duplicates: .override)
            #expect(findings.blocks && findings.visible.map(\.id) == [first.id])
            let entries = try await services.environment.storage.read { session in
                try await AuditStore().entries(entity: "account", recordId: record.id, in: session)
            }
            let override = try #require(entries.first { $0.action == .duplicateOverride })
            #expect(override.actorId == f.admin.userId)
            #expect(override.after?.contains(first.id) == true)
            // Without blocking matches, asking to override needs no right and audits nothing.
            let other = try await services.accounts.createChecked(
                AccountFields(name: "宁波海天塑机有限公司", status: .active), by: f.eastRep, duplicates: .override)
            #expect(other.duplicates.isEmpty)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aContactSpelledInPinyinAtTheSameAccountWarns(database: TestDatabase) async throws {
        try await database.withServices { services in
            let f = try await Fixtures.make(services)
            let account = try await services.accounts.create(Self.existing, by: f.eastRep)
            let zhang = try await services.contacts.create(
                ContactFields(accountId: account.id, name: "张伟", mobile: "13800138000"), by: f.eastRep)
            let latin = ContactFields(accountId: account.id, name: "Zhang Wei", mobile: "13900139000")
            // A form asks first: the warning refuses until confirmed.
            let error = await #expect(throws: ServiceError.self) {
                try await services.contacts.createChecked(latin, by: f.eastRep, duplicates: .refuseAny)
            }
            guard case .duplicates(let warning) = error else {
                Issue.record("expected a warning, got \(String(describing: error))")
                return
            }
            #expect(!warning.blocks && warning.visible.map(\.id) == [zhang.id])
            let reasons = warning.visible[0].reasons.map { MessageCatalog.text($0.key, .zhCN, $0.parameters) }
            #expect(reasons.contains("联系人是同一人：Zhang Wei = 张伟"))
            #expect(reasons.contains("在同一客户下"))
            // Confirmed (or through the API), it is created and the warning comes back with it.
            let (created, findings) = try await services.contacts.createChecked(
                latin, by: f.eastRep, duplicates: .refuseBlocking)
            #expect(created.fields.name == "Zhang Wei" && findings.visible.map(\.id) == [zhang.id])
            // The same name and mobile blocks.
            await #expect(throws: ServiceError.self) {
                try await services.contacts.create(
                    ContactFields(accountId: account.id, name: "zhangwei", mobile: "+86 138-0013-8000"), by: f.eastRep)
            }
            // 张伟 at another account with another mobile is someone else.
            let elsewhere = try await services.accounts.create(
                AccountFields(name: "宁波海天塑机有限公司", status: .active), by: f.eastRep)
            let stranger = try await services.contacts.duplicates(
                of: ContactFields(accountId: elsewhere.id, name: "张伟", mobile: "13700137000"), by: f.eastRep)
            #expect(stranger.isEmpty)
        }
    }

    @Test(arguments: TestDatabase.all)
    func keysFollowChangesDeletionsAndRebuilds(database: TestDatabase) async throws {
        try await database.withServices { services in
            let f = try await Fixtures.make(services)
            let first = try await services.accounts.create(Self.existing, by: f.eastRep)
            let moved = try await services.accounts.update(first.id, expectedVersion: 1, by: f.eastRep) {
                var fields = $0
                fields.name = "杭州远景能源有限公司"
                fields.phone = "0571 8888 0000"
                return fields
            }
            #expect(try await services.accounts.duplicates(of: Self.entered, by: f.eastRep).isEmpty)
            var renamed = Self.entered
            renamed.name = "远景能源（杭州）"
            renamed.phone = "0571-8888-0000"
            #expect(try await services.accounts.duplicates(of: renamed, by: f.eastRep).blocks)
            // Rules changed (or keys lost): the rebuild files every live record again.
            try await services.environment.storage.write { session in
                try await MatchKeyStore().removeAll(entity: "account", in: session)
                try await MatchKeyStore().setFingerprint("old rules", entity: "account", in: session)
            }
            #expect(try await services.accounts.duplicates(of: renamed, by: f.eastRep).isEmpty)
            try await services.accounts.rebuildDuplicateKeysIfStale()
            #expect(try await services.accounts.duplicates(of: renamed, by: f.eastRep).blocks)
            try await services.accounts.delete(moved.id, expectedVersion: moved.meta.version, by: f.admin)
            #expect(try await services.accounts.duplicates(of: renamed, by: f.eastRep).isEmpty)
        }
    }

    @Test(arguments: TestDatabase.all)
    func convertingALeadOfAnExistingCustomerOffersItInstead(database: TestDatabase) async throws {
        try await database.withServices { services in
            let f = try await Fixtures.make(services)
            let existing = try await services.accounts.create(Self.existing, by: f.eastRep)
            let zhang = try await services.contacts.create(
                ContactFields(accountId: existing.id, name: "张伟", mobile: "13800138000"), by: f.eastRep)
            let lead = try await services.leads.create(
                LeadFields(
                    name: "Zhang Wei", companyName: "北京某某科技有限公司", mobile: "13800138000", phone: "010-6552-1234",
                    source: .exhibition),
                by: f.eastRep)
            let error = await #expect(throws: ServiceError.self) {
                try await services.leadInbox.convert(lead.id, opportunityName: nil, by: f.eastRep)
            }
            guard case .duplicates(let findings) = error else {
                Issue.record("expected a duplicate refusal, got \(String(describing: error))")
                return
            }
            #expect(findings.visible.map(\.id) == [existing.id])
            // Converted into the existing account, the lead's person is the contact already there.
            let conversion = try await services.leadInbox.convert(
                lead.id, opportunityName: nil, intoAccount: existing.id, by: f.eastRep)
            #expect(conversion.account.id == existing.id)
            #expect(conversion.contact.id == zhang.id)
            #expect(conversion.opportunity.fields.contactId == zhang.id)
            #expect(try await services.accounts.list(ListRequest(), by: f.admin).items.count == 1)
            #expect(try await services.contacts.list(ListRequest(), by: f.admin).items.count == 1)
        }
    }
}
