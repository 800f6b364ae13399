import CairnCore
import CairnServices
import CairnStore
import CairnTestSupport
import Foundation
import Synchronization
import Testing

/// An observer registered like Cairn's own, noting what it sees and checking, inside the transaction, that the
/// record it is told about is already written as it is told (which a read outside the transaction may not see yet).
final class ChangeLog: ChangeObserver, Sendable {
    struct Entry: Equatable, CustomStringConvertible {
        let kind: RecordKind
        let action: RecordChange.Action
        let cause: ChangeCause
        let id: String
        var description: String { "\(kind.rawValue) \(action.rawValue) \(cause) \(id)" }
    }

    private let entries = Mutex<[Entry]>([])
    private let refusing = Mutex<RecordKind?>(nil)
    var seen: [Entry] { entries.withLock { $0 } }

    /// From now on, a change to a record of `kind` throws.
    func refuse(_ kind: RecordKind?) { refusing.withLock { $0 = kind } }
    func clear() { entries.withLock { $0 = [] } }

    func recordChanged(_ change: RecordChange, in context: ObserverContext) async throws {
        if refusing.withLock({ $0 }) == change.kind { throw RefusedByObserver() }
        let written = try await Self.storedVersion(of: change, in: context.session)
        #expect(written == change.after.meta.version, "observer ran before \(change.kind) \(change.recordId) was written")
        entries.withLock {
            $0.append(Entry(kind: change.kind, action: change.action, cause: change.cause, id: change.recordId))
        }
    }

    static func storedVersion(of change: RecordChange, in session: StoreSession) async throws -> Int? {
        func version<F: RecordTable>(_: F.Type) async throws -> Int? {
            try await RecordStore<F>().find(change.recordId, includingDeleted: true, in: session)?.meta.version
        }
        switch change.kind {
        case .account: return try await version(AccountFields.self)
        case .contact: return try await version(ContactFields.self)
        case .lead: return try await version(LeadFields.self)
        case .opportunity: return try await version(OpportunityFields.self)
        case .activity: return try await version(ActivityFields.self)
        case .task: return try await version(TaskFields.self)
        }
    }
}

struct RefusedByObserver: Error {}

struct ChangeObserverTests {
    @Test(arguments: TestDatabase.all)
    func anExtraObserverSeesEveryWriteOnceInsideItsTransaction(database: TestDatabase) async throws {
        let log = ChangeLog()
        try await database.withServices(observers: [log]) { services in
            let f = try await Fixtures.make(services)
            typealias E = ChangeLog.Entry

            let account = try await services.accounts.create(AccountFields(name: "杭州云栖科技有限公司"), by: f.eastRep)
            let edited = try await services.accounts.update(
                account.id, fields: AccountFields(name: "杭州云栖科技有限公司", tier: .a), expectedVersion: 1, by: f.eastRep)
            #expect(edited.meta.version == 2)
            _ = try await services.accounts.update(
                account.id, fields: edited.fields, expectedVersion: 2, by: f.eastRep)  // nothing changed: no write
            #expect(
                log.seen == [
                    E(kind: .account, action: .create, cause: .entry, id: account.id),
                    E(kind: .account, action: .update, cause: .entry, id: account.id),
                ])

            log.clear()
            let deal = try await services.opportunities.create(
                OpportunityFields(accountId: account.id, name: "MES 一期"), by: f.eastRep)
            _ = try await services.pipeline.moveStage(
                deal.id, to: "needs_confirmed", lossReason: nil, expectedVersion: 1, by: f.eastRep)
            try await services.opportunities.delete(deal.id, expectedVersion: 2, by: f.eastManager)
            #expect(
                log.seen == [
                    E(kind: .opportunity, action: .create, cause: .entry, id: deal.id),
                    E(kind: .opportunity, action: .update, cause: .stageMove, id: deal.id),
                    E(kind: .opportunity, action: .delete, cause: .entry, id: deal.id),
                ])

            let lead = try await services.leads.create(
                LeadFields(name: "赵敏", companyName: "苏州启明软件有限公司", mobile: "13600136000", source: .website),
                by: f.eastRep)
            log.clear()
            let conversion = try await services.leadInbox.convert(lead.id, opportunityName: nil, by: f.eastRep)
            let converting = ChangeCause.conversion(leadId: lead.id)
            #expect(
                log.seen == [
                    E(kind: .account, action: .create, cause: converting, id: conversion.account.id),
                    E(kind: .contact, action: .create, cause: converting, id: conversion.contact.id),
                    E(kind: .opportunity, action: .create, cause: converting, id: conversion.opportunity.id),
                    E(kind: .lead, action: .update, cause: converting, id: lead.id),
                ])

            log.clear()
            let merge = try await services.merges.merge(
                MergeRequest(survivorId: account.id, mergedIds: [conversion.account.id]), by: f.admin)
            let merging = ChangeCause.merge(mergeId: merge.mergeId)
            #expect(
                log.seen == [
                    E(kind: .contact, action: .update, cause: merging, id: conversion.contact.id),
                    E(kind: .lead, action: .update, cause: merging, id: lead.id),
                    E(kind: .opportunity, action: .update, cause: merging, id: conversion.opportunity.id),
                    E(kind: .account, action: .delete, cause: merging, id: conversion.account.id),
                    E(kind: .account, action: .update, cause: merging, id: account.id),
                ])

            log.clear()
            try await services.merges.undo(merge.mergeId, by: f.admin)
            #expect(
                Set(log.seen.map(\.id))
                    == Set([account.id, conversion.account.id, conversion.contact.id, lead.id, conversion.opportunity.id]))
            #expect(log.seen.count == 5)
            #expect(log.seen.allSatisfy { $0.action == .restore && $0.cause == .mergeUndo(mergeId: merge.mergeId) })
        }
    }

    @Test(arguments: TestDatabase.all)
    func aThrowingObserverRollsTheWholeWriteBack(database: TestDatabase) async throws {
        let log = ChangeLog()
        try await database.withServices(observers: [log]) { services in
            let f = try await Fixtures.make(services)
            let account = try await services.accounts.create(AccountFields(name: "杭州云栖科技有限公司"), by: f.eastRep)
            let lead = try await services.leads.create(
                LeadFields(name: "赵敏", companyName: "苏州启明软件有限公司", mobile: "13600136000", source: .website),
                by: f.eastRep)
            let before = try await DatabaseDump.make(services.environment.storage)
            let auditBefore = try await Self.auditCount(services)

            log.refuse(.account)
            await #expect(throws: RefusedByObserver.self) {
                try await services.accounts.create(AccountFields(name: "宁波海曙贸易有限公司"), by: f.eastRep)
            }
            await #expect(throws: RefusedByObserver.self) {
                try await services.accounts.update(
                    account.id, fields: AccountFields(name: "杭州云栖科技", tier: .s), expectedVersion: 1, by: f.eastRep)
            }
            // The conversion's account, contact and deal were written before the lead, which is refused: none stay.
            log.refuse(.lead)
            await #expect(throws: RefusedByObserver.self) {
                try await services.leadInbox.convert(lead.id, opportunityName: nil, by: f.eastRep)
            }
            #expect(try await DatabaseDump.make(services.environment.storage) == before)
            #expect(try await Self.auditCount(services) == auditBefore)

            log.refuse(nil)
            _ = try await services.leadInbox.convert(lead.id, opportunityName: nil, by: f.eastRep)
            #expect(try await DatabaseDump.make(services.environment.storage) != before)
        }
    }

    static func auditCount(_ services: Services) async throws -> Int {
        try await services.environment.storage.read { session in
            try await AuditStore().count(in: session)
        }
    }
}
