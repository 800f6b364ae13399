import CairnCore
import CairnStore
import Foundation

/// The lead inbox's decisions: accept, disqualify with a reason, or convert into an account, a contact and an
/// opportunity, all in one transaction so a crash leaves the lead either converted or untouched.
public struct LeadService: Sendable {
    let leads: RecordService<LeadFields>
    let accounts: RecordService<AccountFields>
    let contacts: RecordService<ContactFields>
    let opportunities: RecordService<OpportunityFields>

    /// Wires the service to the record services it writes through.
    public init(
        leads: RecordService<LeadFields>, accounts: RecordService<AccountFields>,
        contacts: RecordService<ContactFields>, opportunities: RecordService<OpportunityFields>
    ) {
        self.leads = leads
        self.accounts = accounts
        self.contacts = contacts
        self.opportunities = opportunities
    }

    /// Marks a new lead as accepted by its owner.
    public func accept(_ id: String, by actor: Actor) async throws -> Stored<LeadFields> {
        try await leads.update(id, expectedVersion: nil, by: actor) { lead in
            guard lead.status == LeadStatus.new else {
                throw ServiceError.validation([FieldError(field: "status", code: .invalidValue)])
            }
            var accepted = lead
            accepted.status = LeadStatus.accepted
            return accepted
        }
    }

    /// Closes a lead as not worth pursuing; the reason is required.
    public func disqualify(_ id: String, reason: String, by actor: Actor) async throws -> Stored<LeadFields> {
        try await leads.update(id, expectedVersion: nil, by: actor) { lead in
            try Self.requireOpen(lead)
            var closed = lead
            closed.status = LeadStatus.disqualified
            closed.disqualifyReason = reason
            return closed
        }
    }

    /// Turns an open lead into an account (or attaches it to `intoAccount`, or the account it already names), a
    /// contact and an opportunity owned like the lead; the lead is marked converted and points at the account.
    /// A new account is checked for duplicates under `policy`; a contact at the account that is the lead's person
    /// (same name and mobile or email) is reused instead of created twice.
    public func convert(
        _ id: String, opportunityName: String?, amount: Money? = nil, intoAccount: String? = nil,
        duplicates policy: DuplicatePolicy = .refuseBlocking, by actor: Actor
    ) async throws -> LeadConversion {
        let environment = leads.environment
        return try await environment.writing(as: actor, cause: .conversion(leadId: id)) { unit in
            let (session, now) = (unit.session, unit.now)
            let lead = try await leads.visibleRecord(id, actor: actor, in: session)
            try Self.requireOpen(lead.fields)
            let owner = RecordOwner(id: lead.meta.ownerId, teamId: lead.meta.teamId)
            let account: Stored<AccountFields>
            if let existingId = intoAccount ?? lead.fields.accountId {
                account = try await accounts.visibleRecord(existingId, actor: actor, in: session)
            } else {
                let fields = try accounts.validate(Self.accountFields(from: lead.fields), previous: nil, now: now)
                let accountId = environment.ids.next()
                _ = try await accounts.checkDuplicates(
                    fields, newId: accountId, policy: policy, actor: actor, at: now, in: session)
                account = try await unit.create(fields, id: accountId, owner: owner)
            }
            let contactFields = try contacts.validate(
                ContactFields(
                    accountId: account.id, name: lead.fields.name, mobile: lead.fields.mobile, phone: lead.fields.phone,
                    email: lead.fields.email),
                previous: nil, now: now)
            let contact: Stored<ContactFields>
            let sameAtAccount = try await contacts.findDuplicates(contactFields, actor: actor, in: session).visible
                .first { $0.blocks }
            if let sameAtAccount,
                let existing = try await contacts.store.find(sameAtAccount.id, in: session),
                existing.fields.accountId == account.id
            {
                contact = existing
            } else {
                contact = try await unit.create(contactFields, id: environment.ids.next(), owner: owner)
            }
            let dealName =
                opportunityName
                ?? [account.fields.name, lead.fields.productInterest].compactMap { $0 }
                .joined(separator: " ")
            var deal = OpportunityFields(accountId: account.id, contactId: contact.id, name: dealName)
            if let amount { deal.amount = amount }
            let dealFields = try opportunities.validate(deal, previous: nil, now: now)
            let created = try await unit.create(dealFields, id: environment.ids.next(), owner: owner)
            var convertedFields = lead.fields
            convertedFields.status = LeadStatus.converted
            convertedFields.accountId = account.id
            let converted = try await unit.change(lead, to: convertedFields)
            return LeadConversion(lead: converted, account: account, contact: contact, opportunity: created)
        }
    }

    static func requireOpen(_ lead: LeadFields) throws {
        let closed = [LeadStatus.converted, LeadStatus.disqualified]
        if closed.contains(lead.status) {
            throw ServiceError.validation([FieldError(field: "status", code: .invalidValue)])
        }
    }

    /// The company a lead becomes: its name, place and source, and its landline. The person's mobile and email stay
    /// theirs (on the contact), not the company's.
    static func accountFields(from lead: LeadFields) -> AccountFields {
        AccountFields(
            name: lead.companyName ?? lead.name, phone: lead.phone, province: lead.province, city: lead.city,
            source: lead.source)
    }
}

/// What a conversion created.
public struct LeadConversion: Sendable {
    /// The lead, now converted.
    public let lead: Stored<LeadFields>
    /// The account it became or joined.
    public let account: Stored<AccountFields>
    /// The lead's person as a contact.
    public let contact: Stored<ContactFields>
    /// The new opportunity.
    public let opportunity: Stored<OpportunityFields>
}
