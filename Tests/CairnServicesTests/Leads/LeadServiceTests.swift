import CairnCore
import CairnServices
import CairnTestSupport
import Foundation
import Testing

struct LeadServiceTests {
    @Test(arguments: TestDatabase.all)
    func convertingCreatesAccountContactAndDealInOneStep(database: TestDatabase) async throws {
        try await database.withServices { services in
            let f = try await Fixtures.make(services)
            let lead = try await services.leads.create(
                LeadFields(
                    name: "周立", companyName: "宁波海天塑机有限公司", mobile: "13812345678", source: .exhibition,
                    productInterest: "注塑机联网"),
                by: f.eastRep)
            let accepted = try await services.leadInbox.accept(lead.id, by: f.eastRep)
            #expect(accepted.fields.status == .accepted)
            let conversion = try await services.leadInbox.convert(
                lead.id, opportunityName: nil, amount: Money(minorUnits: 12_000_000), by: f.eastRep)
            #expect(conversion.account.fields.name == "宁波海天塑机有限公司")
            // The person's mobile is the contact's, not the company's phone; the deal has the amount given.
            #expect(conversion.account.fields.phone == nil)
            #expect(conversion.opportunity.fields.amount.minorUnits == 12_000_000)
            #expect(conversion.account.fields.source == .exhibition)
            #expect(conversion.contact.fields.accountId == conversion.account.id)
            #expect(conversion.contact.fields.mobile == "+8613812345678")
            #expect(conversion.opportunity.fields.name == "宁波海天塑机有限公司 注塑机联网")
            #expect(conversion.opportunity.fields.contactId == conversion.contact.id)
            let stored = try await services.leads.get(lead.id, by: f.eastRep)
            #expect(stored.fields.status == .converted)
            #expect(stored.fields.accountId == conversion.account.id)
            #expect(try await services.pipeline.history(of: conversion.opportunity.id, by: f.eastRep).count == 1)
            // A converted lead cannot be converted or disqualified again, and nothing more is created.
            await #expect(throws: ServiceError.validation([FieldError(field: "status", code: .invalidValue)])) {
                try await services.leadInbox.convert(lead.id, opportunityName: nil, by: f.eastRep)
            }
            let accounts = try await services.accounts.list(ListRequest(), by: f.eastRep)
            #expect(accounts.items.count == 1)
            // Another team's rep cannot see, so cannot convert, the lead.
            let other = try await services.leads.create(
                LeadFields(name: "吴敏", mobile: "13812345670", source: .website), by: f.eastRep)
            await #expect(throws: ServiceError.notFound(.lead)) {
                try await services.leadInbox.convert(other.id, opportunityName: nil, by: f.southRep)
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func disqualifyingNeedsAReason(database: TestDatabase) async throws {
        try await database.withServices { services in
            let f = try await Fixtures.make(services)
            let lead = try await services.leads.create(
                LeadFields(name: "郑好", mobile: "13812345671", source: .website), by: f.eastRep)
            await #expect(throws: ServiceError.validation([FieldError(field: "disqualifyReason", code: .required)])) {
                try await services.leadInbox.disqualify(lead.id, reason: "  ", by: f.eastRep)
            }
            let closed = try await services.leadInbox.disqualify(lead.id, reason: "学生，无采购需求", by: f.eastRep)
            #expect(closed.fields.status == .disqualified)
            #expect(closed.fields.disqualifyReason == "学生，无采购需求")
        }
    }
}
