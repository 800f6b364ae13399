import CairnCore
import CairnStore
import Foundation
import Synchronization

/// The one writer of records: a transaction, the actor, the time and the use case. It stamps every record it
/// writes (version, who, when, and the owner's team as stored now, so team scope follows a user who moved even when
/// the actor's token predates the move), checks that the version written over is still the stored one and that no
/// unique field (a credit code) would be shared by two live records, and hands each change to the registered
/// observers in the same transaction.
public struct UnitOfWork: Sendable {
    /// The open transaction.
    public let session: StoreSession
    /// On whose behalf.
    public let actor: Actor
    /// The time every record written here is stamped with.
    public let now: Date
    /// The use case.
    public let cause: ChangeCause
    let environment: ServiceEnvironment
    /// Owners' teams read in this transaction (they cannot change before it ends: the read holds a share lock).
    private let ownerTeams = OwnerTeams()

    /// Stores a new record at version 1, owned by `owner`.
    func create<Fields: ManagedRecord>(_ fields: Fields, id: String, owner: RecordOwner) async throws -> Stored<Fields> {
        let team = try await ownersTeam(owner.id, otherwise: owner.teamId)
        let meta = RecordMeta(id: id, ownerId: owner.id, teamId: team, createdAt: now, createdBy: actor.userId)
        let record = Stored(meta: meta, fields: fields)
        try await insert(record)
        return record
    }

    /// Stores new records at version 1, all owned by `owner`, with multi-row statements and the observers' batch
    /// reactions (seeding at scale); unique fields hold across the batch and against what is stored.
    func create<Fields: ManagedRecord>(
        _ batch: [(fields: Fields, id: String)], owner: RecordOwner
    ) async throws
        -> [Stored<Fields>]
    {
        try actor.requireAccess(.write, to: Fields.kind)
        let team = try await ownersTeam(owner.id, otherwise: owner.teamId)
        let records = batch.map { fields, id in
            Stored(
                meta: RecordMeta(id: id, ownerId: owner.id, teamId: team, createdAt: now, createdBy: actor.userId),
                fields: fields)
        }
        try await UniqueFields<Fields>.refuseShared(records.map { ($0, nil) }, in: session)
        try await RecordStore<Fields>().insert(records, in: session)
        let changes = records.map {
            RecordChange(action: .create, before: nil, after: $0, actor: actor, at: now, cause: cause)
        }
        let context = ObserverContext(session: session, ids: environment.ids)
        for observer in environment.observers { try await observer.recordsCreated(changes, in: context) }
        return records
    }

    /// Stores a record exactly as given, stamps included (demo data that brings its own history).
    func insert<Fields: ManagedRecord>(_ record: Stored<Fields>) async throws {
        let change = try await checked(.create, before: nil, after: record)
        try await RecordStore<Fields>().insert(record, in: session)
        try await notify(change)
    }

    /// Writes new fields (and optionally a new owner) over the current record.
    func change<Fields: ManagedRecord>(
        _ current: Stored<Fields>, to fields: Fields, owner: RecordOwner? = nil
    ) async throws -> Stored<Fields> {
        var updated = current
        updated.fields = fields
        if let owner {
            updated.meta.ownerId = owner.id
            updated.meta.teamId = owner.teamId
        }
        return try await write(updated, over: current, action: .update)
    }

    /// Soft-deletes the current record.
    @discardableResult
    func delete<Fields: ManagedRecord>(_ current: Stored<Fields>) async throws -> Stored<Fields> {
        var deleted = current
        deleted.meta.deletedAt = now
        return try await write(deleted, over: current, action: .delete)
    }

    /// Puts a snapshot back over the current record exactly (its own version and stamps); false when the stored
    /// record is no longer `current`.
    func restore<Fields: ManagedRecord>(_ snapshot: Stored<Fields>, over current: Stored<Fields>) async throws -> Bool {
        let change = try await checked(.restore, before: current, after: snapshot)
        guard try await RecordStore<Fields>().update(snapshot, expectedVersion: current.meta.version, in: session) else {
            return false
        }
        try await notify(change)
        return true
    }

    private func write<Fields: ManagedRecord>(
        _ next: Stored<Fields>, over current: Stored<Fields>, action: RecordChange.Action
    ) async throws -> Stored<Fields> {
        var stamped = next
        stamped.meta.version = current.meta.version + 1
        stamped.meta.updatedAt = now
        stamped.meta.updatedBy = actor.userId
        stamped.meta.teamId = try await ownersTeam(stamped.meta.ownerId, otherwise: stamped.meta.teamId)
        let change = try await checked(action, before: current, after: stamped)
        guard try await RecordStore<Fields>().update(stamped, expectedVersion: current.meta.version, in: session) else {
            let stored = try await RecordStore<Fields>().find(current.id, includingDeleted: true, in: session)
            throw ServiceError.versionConflict(currentVersion: stored?.meta.version ?? stamped.meta.version)
        }
        try await notify(change)
        return stamped
    }

    /// The change about to be written, refused when the actor's credential may not write its kind (403), and
    /// (409 naming the field) when it would give a live record a unique field's value that another live record
    /// holds: checked before the row is written, so the database's unique index (`UniqueFieldIndexes`) is only
    /// ever the last line, never the answer a person sees.
    private func checked(
        _ action: RecordChange.Action, before: (any AnyStoredRecord)?, after: any AnyStoredRecord
    ) async throws -> RecordChange {
        try actor.requireAccess(.write, to: after.kind)
        let change = RecordChange(action: action, before: before, after: after, actor: actor, at: now, cause: cause)
        try await RecordKinds.registration(of: change.kind).checkUniqueFields(change, in: session)
        return change
    }

    /// The owner's team as stored now, read under the lock that orders it with a team move
    /// (`UserStore.findForOwnership`); `fallback` for owners that are no user (the system).
    private func ownersTeam(_ ownerId: String, otherwise fallback: String?) async throws -> String? {
        let owner: OwnerTeams.Owner
        if let known = ownerTeams.owner(ownerId) {
            owner = known
        } else {
            owner = try await UserStore().findForOwnership(id: ownerId, in: session).map { .user(team: $0.teamId) } ?? .notUser
            ownerTeams.remember(owner, for: ownerId)
        }
        switch owner {
        case .user(let team): return team
        case .notUser: return fallback
        }
    }

    private func notify(_ change: RecordChange) async throws {
        let context = ObserverContext(session: session, ids: environment.ids)
        for observer in environment.observers {
            try await observer.recordChanged(change, in: context)
        }
    }
}

extension ServiceEnvironment {
    /// Runs a use case's writes in one transaction through one writer: all of them and their observers' writes are
    /// kept, or none.
    func writing<T: Sendable>(
        as actor: Actor, cause: ChangeCause = .entry, _ body: @escaping @Sendable (UnitOfWork) async throws -> T
    ) async throws -> T {
        guard actor.grant.allowsAnyWrite else { throw ServiceError.forbidden }
        let now = clock.now()
        return try await storage.write { session in
            try await body(UnitOfWork(session: session, actor: actor, now: now, cause: cause, environment: self))
        }
    }
}

/// The owners a unit of work has looked up, so a batch of records for one owner reads the owner once.
final class OwnerTeams: Sendable {
    /// An owner as stored: a user with their team, or no user at all (the system).
    enum Owner: Sendable {
        case user(team: String?)
        case notUser
    }

    private let owners = Mutex<[String: Owner]>([:])

    /// The owner, if this unit has looked it up.
    func owner(_ id: String) -> Owner? { owners.withLock { $0[id] } }

    func remember(_ owner: Owner, for id: String) { owners.withLock { $0[id] = owner } }
}
