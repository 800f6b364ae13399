import CairnCore
import CairnStore
import Foundation

extension RecordService {
    /// How this kind is checked for duplicates under the rules in force; nil when it is not.
    var duplicateProfile: DuplicateProfile<Fields>? { environment.matchRules.profile(for: Fields.self) }

    /// The profile of a kind that is checked for duplicates (accounts, contacts).
    func requireProfile() throws -> DuplicateProfile<Fields> {
        guard let profile = duplicateProfile else { throw ServiceError.notFound(Fields.kind) }
        return profile
    }

    /// The records `fields` looks like, as far as the actor may see them (a form checking before it saves).
    public func duplicates(of fields: Fields, excluding id: String? = nil, by actor: Actor) async throws -> DuplicateFindings {
        guard let profile = duplicateProfile else { return .none }
        let prepared = try validate(fields, previous: nil, now: environment.clock.now())
        return try await environment.storage.read { session in
            try await DuplicateIndex(profile: profile).check(prepared, excluding: id, actor: actor, in: session)
        }
    }

    /// Rebuilds the kind's duplicate-check keys if they were made under other rules; `progress` hears records done.
    public func rebuildDuplicateKeysIfStale(progress: @Sendable (Int) -> Void = { _ in }) async throws {
        guard let profile = duplicateProfile else { return }
        try await DuplicateIndex(profile: profile).rebuildIfStale(storage: environment.storage, progress: progress)
    }

    /// What a check finds for fields in an open transaction, without a verdict.
    func findDuplicates(_ fields: Fields, actor: Actor, in session: StoreSession) async throws -> DuplicateFindings {
        guard let profile = duplicateProfile else { return .none }
        return try await DuplicateIndex(profile: profile).check(fields, excluding: nil, actor: actor, in: session)
    }

    /// Checks records before their write, in a read beside other writes, so the single writer does not wait for
    /// the scoring (nil for kinds without checks).
    func precheck(_ batch: [Fields], actor: Actor) async throws -> [DuplicateIndex<Fields>.Outcome]? {
        guard let profile = duplicateProfile else { return nil }
        let index = DuplicateIndex(profile: profile)
        return try await environment.storage.read { session in
            var outcomes: [DuplicateIndex<Fields>.Outcome] = []
            outcomes.reserveCapacity(batch.count)
            for fields in batch {
                outcomes.append(try await index.checkNoting(fields, excluding: nil, actor: actor, in: session))
            }
            return outcomes
        }
    }

    /// Applies the policy to what a check finds for a record about to be created as `newId`: refuses, or lets it
    /// through with the matches; an override needs the right and is audited. A check made before the transaction
    /// is used when no record has come to share an identifier with this one since (a blocking match must); else
    /// the check runs again here.
    func checkDuplicates(
        _ fields: Fields, newId: String, policy: DuplicatePolicy, actor: Actor, at now: Date,
        precheck: DuplicateIndex<Fields>.Outcome? = nil, in session: StoreSession
    ) async throws -> DuplicateFindings {
        let findings: DuplicateFindings
        if let precheck, let profile = duplicateProfile,
            try await DuplicateIndex(profile: profile).identifierSharers(of: fields, in: session)
                .isSubset(of: precheck.identifierSharers)
        {
            findings = precheck.findings
        } else {
            findings = try await findDuplicates(fields, actor: actor, in: session)
        }
        switch policy {
        case .refuseBlocking where findings.blocks, .refuseAny where !findings.isEmpty:
            throw ServiceError.duplicates(findings)
        case .override where findings.blocks:
            try actor.require(.overrideDuplicates)
            try await environment.auditLog.append(
                .duplicateOverride, entity: Fields.kind.rawValue, recordId: newId, before: nil,
                after: DuplicateOverride(blockingIds: findings.blockingIds), actor: actor, at: now, in: session)
            return findings
        default:
            return findings
        }
    }
}

extension RecordService {
    /// An edit that changes an identifier the rules block on (a phone, an email, a credit code) is refused when it
    /// makes the record match another one that blocks (409 `duplicate_found`, as a creation would be), unless the
    /// policy overrides it — with the right, audited, as for a creation; a credit code stays unique whatever the
    /// policy (the writer refuses a shared one). Edits that leave the identifiers alone are not checked, so a name
    /// can be corrected on an old pair awaiting review.
    func refuseNewIdentifierMatches(
        _ fields: Fields, previous: Stored<Fields>, policy: DuplicatePolicy, unit: UnitOfWork
    ) async throws {
        let (actor, session) = (unit.actor, unit.session)
        guard let profile = duplicateProfile else { return }
        let blocking = Set(profile.rules.entry?.block ?? [])
        let identifiers = Set(profile.rules.fields.filter { blocking.contains($0.name) }.map(\.column))
        let changed = profile.row(fields).filter { identifiers.contains($0.key) }
        guard changed != profile.row(previous.fields).filter({ identifiers.contains($0.key) }), !changed.isEmpty else {
            return
        }
        let findings = try await DuplicateIndex(profile: profile).check(
            fields, excluding: previous.id, actor: actor, in: session)
        guard findings.blocks else { return }
        guard policy == .override else { throw ServiceError.duplicates(findings) }
        try actor.require(.overrideDuplicates)
        try await environment.auditLog.append(
            .duplicateOverride, entity: Fields.kind.rawValue, recordId: previous.id, before: nil,
            after: DuplicateOverride(blockingIds: findings.blockingIds), actor: actor, at: unit.now, in: session)
    }
}

/// The audit note of an override: the records that would have refused the creation.
struct DuplicateOverride: Encodable {
    let blockingIds: [String]
}
