import CairnCore
import CairnServices
import CairnStore
import CairnTestSupport
import Foundation
import Testing

struct RecordServiceTests {
    @Test(arguments: TestDatabase.all)
    func everyWriteIsAudited(database: TestDatabase) async throws {
        try await database.withServices { services in
            let fixtures = try await Fixtures.make(services)
            let created = try await services.accounts.create(AccountFields(name: "宁波恒通机械有限公司"), by: fixtures.eastRep)
            var fields = created.fields
            fields.tier = .a
            let updated = try await services.accounts.update(created.id, fields: fields, expectedVersion: 1, by: fixtures.eastRep)
            try await services.accounts.delete(created.id, expectedVersion: updated.meta.version, by: fixtures.admin)
            let entries = try await services.environment.storage.read { session in
                try await AuditStore().entries(entity: "account", recordId: created.id, in: session)
            }
            #expect(entries.map(\.action) == [.create, .update, .delete])
            #expect(entries[0].before == nil)
            #expect(entries[1].before?.contains(#""tier":null"#) == true)
            #expect(entries[1].after?.contains(#""tier":"A""#) == true)
            #expect(entries.map(\.actorId) == [fixtures.eastRep.userId, fixtures.eastRep.userId, fixtures.admin.userId])
            await #expect(throws: ServiceError.notFound(.account)) {
                try await services.accounts.get(created.id, by: fixtures.admin)
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func invalidInputChangesNothing(database: TestDatabase) async throws {
        try await database.withServices { services in
            let fixtures = try await Fixtures.make(services)
            let before = try await services.environment.storage.read { try await AuditStore().count(in: $0) }
            await #expect(
                throws: ServiceError.validation([
                    FieldError(field: "creditCode", code: .invalidCreditCode, parameters: ["reason": "check_digit"])
                ])
            ) {
                try await services.accounts.create(
                    AccountFields(name: "某某科技", creditCode: "91350100M000100Y44"), by: fixtures.eastRep)
            }
            await #expect(throws: ServiceError.validation([FieldError(field: "accountId", code: .notFound)])) {
                try await services.contacts.create(ContactFields(accountId: "missing", name: "张伟"), by: fixtures.eastRep)
            }
            let after = try await services.environment.storage.read { try await AuditStore().count(in: $0) }
            #expect(after == before)
            #expect(try await services.accounts.list(ListRequest(), by: fixtures.admin).items.isEmpty)
        }
    }

    @Test(arguments: TestDatabase.all)
    func scopeHidesOtherTeamsRecords(database: TestDatabase) async throws {
        try await database.withServices { services in
            let f = try await Fixtures.make(services)
            let south = try await services.accounts.create(AccountFields(name: "广州瑞丰贸易有限公司"), by: f.southRep)
            let east = try await services.accounts.create(AccountFields(name: "上海博远软件有限公司"), by: f.eastRep)
            await #expect(throws: ServiceError.notFound(.account)) { try await services.accounts.get(south.id, by: f.eastRep) }
            await #expect(throws: ServiceError.notFound(.account)) { try await services.accounts.get(east.id, by: f.eastRep2) }
            #expect(try await services.accounts.get(east.id, by: f.eastManager).id == east.id)
            await #expect(throws: ServiceError.notFound(.account)) {
                try await services.accounts.get(south.id, by: f.eastManager)
            }
            #expect(try await services.accounts.list(ListRequest(), by: f.eastManager).items.map(\.id) == [east.id])
            #expect(try await services.accounts.list(ListRequest(), by: f.admin).items.count == 2)
            await #expect(throws: ServiceError.validation([FieldError(field: "accountId", code: .notFound)])) {
                try await services.contacts.create(ContactFields(accountId: south.id, name: "李娜"), by: f.eastRep)
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func staleVersionsAreRefused(database: TestDatabase) async throws {
        try await database.withServices { services in
            let f = try await Fixtures.make(services)
            let created = try await services.accounts.create(AccountFields(name: "苏州金桥电子有限公司"), by: f.eastRep)
            var fields = created.fields
            fields.city = "苏州"
            _ = try await services.accounts.update(created.id, fields: fields, expectedVersion: 1, by: f.eastRep)
            fields.city = "无锡"
            await #expect(throws: ServiceError.versionConflict(currentVersion: 2)) {
                try await services.accounts.update(created.id, fields: fields, expectedVersion: 1, by: f.eastRep)
            }
            #expect(try await services.accounts.get(created.id, by: f.eastRep).fields.city == "苏州")
        }
    }

    @Test(arguments: TestDatabase.all)
    func reassignmentFollowsTheRole(database: TestDatabase) async throws {
        try await database.withServices { services in
            let f = try await Fixtures.make(services)
            await #expect(throws: ServiceError.validation([FieldError(field: "ownerId", code: .notAllowed)])) {
                try await services.accounts.create(AccountFields(name: "甲公司"), ownerId: f.eastRep2.userId, by: f.eastRep)
            }
            let assigned = try await services.accounts.create(
                AccountFields(name: "乙公司"), ownerId: f.eastRep2.userId, by: f.eastManager)
            #expect(assigned.meta.ownerId == f.eastRep2.userId)
            #expect(assigned.meta.teamId == f.eastRep2.teamId)
            await #expect(throws: ServiceError.forbidden) {
                try await services.accounts.delete(assigned.id, expectedVersion: nil, by: f.eastRep2)
            }
            // Team scope without the reassign right (marketing) sees a teammate's account but may not take it.
            let marketer = try #require(
                Actor(
                    user: try await services.users.add(
                        UserDraft(
                            email: "mkt@example.com", password: "password-123", name: "市场", role: "marketing",
                            teamName: "华东"), by: f.admin)))
            let refused = ServiceError.validation([FieldError(field: "ownerId", code: .notAllowed)])
            await #expect(throws: refused) {
                try await services.accounts.update(
                    assigned.id, fields: assigned.fields, ownerId: marketer.userId, expectedVersion: 1, by: marketer)
            }
            #expect(try await services.accounts.get(assigned.id, by: f.admin).meta.ownerId == f.eastRep2.userId)
            // The manager, who has the right, may; the owner may edit without touching the owner.
            let taken = try await services.accounts.update(
                assigned.id, fields: assigned.fields, ownerId: f.eastManager.userId, expectedVersion: 1, by: f.eastManager)
            #expect(taken.meta.ownerId == f.eastManager.userId)
        }
    }
}
