import CairnCore
import CairnStore
import Foundation

/// Create, read, change, delete and list one kind of record on behalf of an actor. Scope is enforced here, so the
/// API, the pages and the CLI share one rule; every write goes through the one writer (`UnitOfWork`), whose observers
/// keep audit, duplicate keys and stage history in the same transaction.
public struct RecordService<Fields: ManagedRecord>: Sendable {
    let environment: ServiceEnvironment
    let store = RecordStore<Fields>()

    /// Creates the service.
    public init(environment: ServiceEnvironment) {
        self.environment = environment
    }

    /// Validates and stores a new record owned by `ownerId` (the actor when nil); blocking duplicates refuse it.
    public func create(_ fields: Fields, ownerId: String? = nil, by actor: Actor) async throws -> Stored<Fields> {
        try await createChecked(fields, ownerId: ownerId, by: actor, duplicates: .refuseBlocking).record
    }

    /// Creates a record under a duplicate policy and returns it with the matches that did not refuse it.
    public func createChecked(
        _ fields: Fields, ownerId: String? = nil, by actor: Actor, duplicates policy: DuplicatePolicy
    ) async throws -> (record: Stored<Fields>, duplicates: DuplicateFindings) {
        try await createAll([fields], ownerId: ownerId, by: actor, duplicates: policy)[0]
    }

    /// Validates every record first, then stores them all in one transaction, each with its audit entry; any
    /// invalid record or (under the default policy) blocking duplicate stops the batch before anything is written.
    public func createBatch(
        _ batch: [Fields], ownerId: String? = nil, by actor: Actor, duplicates policy: DuplicatePolicy = .refuseBlocking
    ) async throws -> [Stored<Fields>] {
        try await createAll(batch, ownerId: ownerId, by: actor, duplicates: policy).map(\.record)
    }

    /// Stores generated records (benchmark data at scale) in one transaction, validated, with their search tokens,
    /// duplicate keys and audit entries, but without the duplicate check: the generator makes them without
    /// duplicates, and unique fields still hold. Needs the override right; never for what a person typed.
    public func seed(_ batch: [Fields], ownerId: String? = nil, by actor: Actor) async throws -> [Stored<Fields>] {
        try await seed(try prepareSeed(batch, by: actor), ownerId: ownerId, by: actor)
    }

    /// Validates generated records and gives them ids, on every core, outside the writer: a seeder prepares the
    /// next batch while the previous one is written.
    public func prepareSeed(_ batch: [Fields], by actor: Actor) throws -> SeedBatch<Fields> {
        try actor.require(.overrideDuplicates)
        let now = environment.clock.now()
        let validated = batch.concurrentMap { fields in Result { try validate(fields, previous: nil, now: now) } }
        return SeedBatch(items: try validated.map { (fields: try $0.get(), id: environment.ids.next()) })
    }

    /// Stores a prepared batch in one transaction (see `seed(_:ownerId:by:)`).
    public func seed(_ prepared: SeedBatch<Fields>, ownerId: String? = nil, by actor: Actor) async throws -> [Stored<Fields>] {
        try actor.require(.overrideDuplicates)
        return try await environment.writing(as: actor, cause: .seeding) { unit in
            try await unit.session.allowLargeWrites()
            let owner = try await resolveOwner(ownerId ?? actor.userId, current: nil, actor: actor, in: unit.session)
            try await checkReferences(prepared.items.map(\.fields), actor: actor, in: unit.session)
            return try await unit.create(prepared.items, owner: owner)
        }
    }

    /// The one creation path: each record is checked for duplicates against what is stored, including the
    /// batch's earlier records (their keys are filed in the same transaction).
    private func createAll(
        _ batch: [Fields], ownerId: String?, by actor: Actor, duplicates policy: DuplicatePolicy
    ) async throws -> [(record: Stored<Fields>, duplicates: DuplicateFindings)] {
        let now = environment.clock.now()
        let prepared = try batch.map { try validate($0, previous: nil, now: now) }
        let ids = prepared.map { _ in environment.ids.next() }
        let prechecks = try await precheck(prepared, actor: actor)
        return try await environment.writing(as: actor) { unit in
            let owner = try await resolveOwner(ownerId ?? actor.userId, current: nil, actor: actor, in: unit.session)
            var stored: [(Stored<Fields>, DuplicateFindings)] = []
            stored.reserveCapacity(prepared.count)
            for (index, (id, fields)) in zip(ids, prepared).enumerated() {
                try await checkReferences(fields, actor: actor, in: unit.session)
                let findings = try await checkDuplicates(
                    fields, newId: id, policy: policy, actor: actor, at: unit.now, precheck: prechecks?[index],
                    in: unit.session)
                stored.append((try await unit.create(fields, id: id, owner: owner), findings))
            }
            return stored
        }
    }

    /// The live record with an id, if the actor may see it.
    public func get(_ id: String, by actor: Actor) async throws -> Stored<Fields> {
        try await environment.storage.read { session in
            try await visibleRecord(id, actor: actor, in: session)
        }
    }

    /// Replaces the fields (and optionally the owner) if `expectedVersion` is still current.
    public func update(
        _ id: String, fields: Fields, ownerId: String? = nil, expectedVersion: Int, by actor: Actor,
        duplicates policy: DuplicatePolicy = .refuseBlocking
    ) async throws -> Stored<Fields> {
        try await update(id, expectedVersion: expectedVersion, ownerId: ownerId, by: actor, duplicates: policy) { _ in
            fields
        }
    }

    /// Changes a record by applying `change` to its current fields inside the write's transaction, so a partial
    /// update (a merge patch, a stage move) reads the record once; checks `expectedVersion` when given. A change of
    /// a phone, email or credit code that makes it match another record is refused unless `policy` overrides it.
    public func update(
        _ id: String, expectedVersion: Int?, ownerId: String? = nil, by actor: Actor, cause: ChangeCause = .entry,
        duplicates policy: DuplicatePolicy = .refuseBlocking, change: @escaping @Sendable (Fields) throws -> Fields
    ) async throws -> Stored<Fields> {
        try await environment.writing(as: actor, cause: cause) { unit in
            let current = try await visibleRecord(id, actor: actor, in: unit.session)
            if let expectedVersion, current.meta.version != expectedVersion {
                throw ServiceError.versionConflict(currentVersion: current.meta.version)
            }
            let prepared = try validate(try change(current.fields), previous: current.fields, now: unit.now)
            let owner = try await resolveOwner(
                ownerId ?? current.meta.ownerId, current: current.meta, actor: actor, in: unit.session)
            try await checkReferences(prepared, actor: actor, in: unit.session)
            if prepared == current.fields && owner.id == current.meta.ownerId {
                return current
            }
            try await refuseNewIdentifierMatches(prepared, previous: current, policy: policy, unit: unit)
            return try await unit.change(current, to: prepared, owner: owner)
        }
    }

    /// Soft-deletes a record (kept for audit and undo, hidden everywhere else).
    public func delete(_ id: String, expectedVersion: Int?, by actor: Actor) async throws {
        try actor.require(.deleteRecords)
        try await environment.writing(as: actor) { unit in
            let current = try await visibleRecord(id, actor: actor, in: unit.session)
            if let expectedVersion, current.meta.version != expectedVersion {
                throw ServiceError.versionConflict(currentVersion: current.meta.version)
            }
            try await unit.delete(current)
        }
    }

    /// One page of the records the actor may see.
    public func list(_ request: ListRequest, by actor: Actor) async throws -> RecordPage<Fields> {
        try actor.requireAccess(.read, to: Fields.kind)
        let query = try request.query(for: Fields.self, visibility: actor.visibility)
        return try await environment.storage.read { session in
            try await store.list(query, in: session)
        }
    }

    /// How many records the actor may see match the request's filters and search, up to `cap + 1`.
    public func count(_ request: ListRequest, cap: Int = 1_000, by actor: Actor) async throws -> Int {
        try actor.requireAccess(.read, to: Fields.kind)
        let query = try request.query(for: Fields.self, visibility: actor.visibility)
        return try await environment.storage.read { [store] session in try await store.count(query, cap: cap, in: session) }
    }

    func validate(_ fields: Fields, previous: Fields?, now: Date) throws -> Fields {
        do {
            return try fields.validated().prepared(previous: previous, now: now)
        } catch {
            throw error.serviceError
        }
    }

    func visibleRecord(_ id: String, actor: Actor, in session: StoreSession) async throws -> Stored<Fields> {
        try actor.requireAccess(.read, to: Fields.kind)
        guard let record = try await store.find(id, visibility: actor.visibility, in: session) else {
            throw ServiceError.notFound(Fields.kind)
        }
        return record
    }

    /// The owner a record will have; giving a record to someone else needs the right. (The writer stamps the
    /// owner's team as stored at the write.)
    func resolveOwner(
        _ ownerId: String, current: RecordMeta?, actor: Actor, in session: StoreSession
    ) async throws -> RecordOwner {
        if let current, current.ownerId == ownerId {
            return RecordOwner(id: ownerId, teamId: current.teamId)
        }
        // Moving a record from its owner — to anyone, the actor included — needs the reassign right: a role that
        // sees its team's records may not take a teammate's account by naming itself the owner.
        if current != nil, !actor.role.allows(.reassignRecords) {
            throw ServiceError.validation([FieldError(field: "ownerId", code: .notAllowed)])
        }
        if ownerId == actor.userId {
            return RecordOwner(id: actor.userId, teamId: actor.teamId)
        }
        guard let owner = try await UserStore().find(id: ownerId, in: session), owner.isActive else {
            throw ServiceError.validation([FieldError(field: "ownerId", code: .notFound)])
        }
        if !actor.canAssign(toOwner: owner.id, ofTeam: owner.teamId) {
            throw ServiceError.validation([FieldError(field: "ownerId", code: .notAllowed)])
        }
        return RecordOwner(id: owner.id, teamId: owner.teamId)
    }

    func checkReferences(_ fields: Fields, actor: Actor, in session: StoreSession) async throws {
        let missing = try await ReferenceCheck.missing(fields.references, visibility: actor.visibility, in: session)
        if !missing.isEmpty { throw ServiceError.validation(missing.map { FieldError(field: $0.field, code: .notFound) }) }
    }

    /// Checks the references of a whole batch together; the first record with a missing one refuses the batch.
    private func checkReferences(_ batch: [Fields], actor: Actor, in session: StoreSession) async throws {
        let missing = Set(
            try await ReferenceCheck.missing(batch.flatMap(\.references), visibility: actor.visibility, in: session)
                .map(\.id))
        guard !missing.isEmpty, let first = batch.first(where: { $0.references.contains { missing.contains($0.id) } })
        else { return }
        try await checkReferences(first, actor: actor, in: session)
    }
}

/// Who owns a record, and the team that grants scope over it.
struct RecordOwner: Sendable {
    let id: String
    let teamId: String?
}

/// Generated records validated and given ids, ready to be seeded (`RecordService.prepareSeed`).
public struct SeedBatch<Fields: RecordFields>: Sendable {
    let items: [(fields: Fields, id: String)]

    /// The ids the records will have, in order.
    public var ids: [String] { items.map(\.id) }
}

extension RecordService {
    /// Creates one validated record owned by the actor inside a unit of work another use case opened (records kept
    /// or dropped together, such as an activity and its follow-up task). For kinds without duplicate checks.
    func create(_ fields: Fields, in unit: UnitOfWork) async throws -> Stored<Fields> {
        precondition(duplicateProfile == nil, "\(Fields.kind) records are checked for duplicates: use create(_:by:)")
        let actor = unit.actor
        let owner = try await resolveOwner(actor.userId, current: nil, actor: actor, in: unit.session)
        try await checkReferences(fields, actor: actor, in: unit.session)
        return try await unit.create(fields, id: environment.ids.next(), owner: owner)
    }
}
