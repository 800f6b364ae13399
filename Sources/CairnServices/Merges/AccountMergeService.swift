import CairnCore
import CairnStore
import Foundation

/// What a merge is asked to do: the account that survives, the ones merged into it, and which record's value
/// each field keeps (fields not named keep the survivor's value, or the first merged record's when it has none).
public struct MergeRequest: Sendable {
    public var survivorId: String
    public var mergedIds: [String]
    /// Field (its JSON name) → id of the record whose value survives.
    public var fieldSources: [String: String]

    public init(survivorId: String, mergedIds: [String], fieldSources: [String: String] = [:]) {
        self.survivorId = survivorId
        self.mergedIds = mergedIds
        self.fieldSources = fieldSources
    }
}

/// What a merge did.
public struct MergeResult: Sendable {
    /// The merge's id, for undo.
    public let mergeId: String
    /// The survivor as it is now.
    public let survivor: Stored<AccountFields>
    /// How many contacts, leads, deals, activities and tasks moved to it.
    public let movedChildren: Int
}

/// Merges duplicate accounts: the survivor takes the chosen values, every child moves to it, the others are
/// deleted, and every changed row is kept whole so an undo puts it back exactly. Each is one transaction, so a
/// crash leaves the data merged or not, never half; every row written is audited. Needs the merge right.
public struct AccountMergeService: Sendable {
    let accounts: RecordService<AccountFields>
    let children: [any MergeChildren]
    /// The account a merged-away one became, when the actor may see it (an old link then leads on, not to 404).
    public func survivor(ofMerged id: String, by actor: Actor) async throws -> Stored<AccountFields>? {
        let survivorId = try await accounts.environment.storage.read { session in
            try await MergeStore().survivor(ofMerged: id, entity: RecordKind.account.rawValue, in: session)
        }
        guard let survivorId else { return nil }
        return try? await accounts.get(survivorId, by: actor)
    }

    /// At most this many accounts merge into one at a time.
    public static let maximumMerged = 20

    /// The kinds that point at accounts (contacts, leads, deals, activities, tasks) come from the kind registry.
    init(accounts: RecordService<AccountFields>) {
        self.accounts = accounts
        children = RecordKinds.children(of: .account)
    }

    /// The accounts a person is about to merge, for the review that picks the survivor and each field's value:
    /// the first `maximumMerged + 1` distinct ids, every one visible, at least two. Needs the merge right.
    public func candidates(_ ids: [String], by actor: Actor) async throws -> [Stored<AccountFields>] {
        try actor.require(.mergeRecords)
        var records: [Stored<AccountFields>] = []
        for id in ids.prefix(Self.maximumMerged + 1) where !records.contains(where: { $0.id == id }) {
            records.append(try await accounts.get(id, by: actor))
        }
        guard records.count > 1 else { throw ServiceError.notFound(.account) }
        return records
    }

    /// Merges `mergedIds` into `survivorId`.
    public func merge(_ request: MergeRequest, by actor: Actor) async throws -> MergeResult {
        try actor.require(.mergeRecords)
        try Self.check(request)
        let environment = accounts.environment
        let mergeId = environment.ids.next()
        return try await environment.writing(as: actor, cause: .merge(mergeId: mergeId)) { unit in
            let (session, now) = (unit.session, unit.now)
            let survivor = try await accounts.visibleRecord(request.survivorId, actor: actor, in: session)
            var merged: [Stored<AccountFields>] = []
            for id in request.mergedIds { merged.append(try await accounts.visibleRecord(id, actor: actor, in: session)) }
            let combined = try MergedFields.combine(survivor: survivor, merged: merged, sources: request.fieldSources)
            let fields = try accounts.validate(
                combined.absorbing([survivor.fields] + merged.map(\.fields)), previous: survivor.fields, now: now)

            var snapshot = [RecordKind.account.rawValue: try RecordSnapshots<AccountFields>.encode([survivor] + merged)]
            var versionsAfter: [String: Int] = [:]
            var moved = 0
            for link in children {
                guard
                    let result = try await link.move(
                        from: request.mergedIds, to: survivor.id, in: unit)
                else { continue }
                snapshot[link.kind.rawValue] = result.snapshot
                versionsAfter.merge(result.versionsAfter) { first, _ in first }
                moved += result.versionsAfter.count
            }
            for record in merged {
                versionsAfter[record.id] = try await unit.delete(record).meta.version
            }
            let updated = try await unit.change(survivor, to: fields)
            versionsAfter[updated.id] = updated.meta.version

            try await MergeStore().insert(
                MergeEntry(
                    id: mergeId, entity: RecordKind.account.rawValue, survivorId: survivor.id, mergedIds: request.mergedIds,
                    snapshot: snapshot, versionsAfter: versionsAfter, mergedAt: now, mergedBy: actor.userId),
                in: session)
            return MergeResult(mergeId: mergeId, survivor: updated, movedChildren: moved)
        }
    }

    /// Puts every row a merge changed back exactly as it was; refused once any of them has changed since.
    @discardableResult
    public func undo(_ mergeId: String, by actor: Actor) async throws -> MergeEntry {
        try actor.require(.mergeRecords)
        let environment = accounts.environment
        return try await environment.writing(as: actor, cause: .mergeUndo(mergeId: mergeId)) { unit in
            let (session, now) = (unit.session, unit.now)
            guard let entry = try await MergeStore().find(mergeId, in: session) else {
                throw ServiceError.notFound(nil)
            }
            guard try await MergeStore().markUndone(mergeId, at: now, by: actor.userId, in: session) else {
                throw ServiceError.conflict([FieldError(field: "mergeId", code: .alreadyUndone)])
            }
            if let accountsBefore = entry.snapshot[RecordKind.account.rawValue] {
                try await RecordSnapshots<AccountFields>.restore(accountsBefore, versionsAfter: entry.versionsAfter, in: unit)
            }
            for link in children {
                guard let before = entry.snapshot[link.kind.rawValue] else { continue }
                try await link.restore(before, versionsAfter: entry.versionsAfter, in: unit)
            }
            return entry
        }
    }

    static func check(_ request: MergeRequest) throws {
        var errors: [FieldError] = []
        if request.mergedIds.isEmpty {
            errors.append(FieldError(field: "mergedIds", code: .required))
        } else if request.mergedIds.count > maximumMerged {
            errors.append(FieldError(field: "mergedIds", code: .tooMany, parameters: ["max": String(maximumMerged)]))
        } else if Set(request.mergedIds).count != request.mergedIds.count || request.mergedIds.contains(request.survivorId) {
            errors.append(FieldError(field: "mergedIds", code: .invalidValue))
        }
        if !errors.isEmpty { throw ServiceError.validation(errors) }
    }

}
