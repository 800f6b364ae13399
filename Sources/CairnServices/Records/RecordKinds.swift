import CairnCore
import CairnStore

/// Every kind of record, registered once: code that treats all kinds alike (reference checks, duplicate keys,
/// match rule columns, the children a merge moves) asks this list instead of switching over kinds.
public enum RecordKinds {
    /// The registered kinds, in the order pages and documents list them.
    static let all: [any RegisteredKind] = [
        KindRegistration<AccountFields>(),
        KindRegistration<ContactFields>(),
        KindRegistration<LeadFields>(),
        KindRegistration<OpportunityFields>(),
        KindRegistration<ActivityFields>(),
        KindRegistration<TaskFields>(),
    ]

    private static let byKind = Dictionary(uniqueKeysWithValues: all.map { ($0.kind, $0) })

    /// The registration of a kind.
    static func registration(of kind: RecordKind) -> any RegisteredKind {
        guard let registration = byKind[kind] else { preconditionFailure("record kind \(kind) is not registered") }
        return registration
    }

    /// The fields type of every kind, for what describes all of them (the API document).
    public static var fieldTypes: [any RecordFields.Type] { all.map(\.fieldsType) }

    /// The records that point at a kind and move with it when records of it are merged: one link per reference
    /// field, in registration order.
    static func children(of kind: RecordKind) -> [any MergeChildren] {
        let links = all.flatMap { $0.childLinks(pointingAt: kind) }
        precondition(Set(links.map(\.kind)).count == links.count, "a kind points at \(kind) through two fields")
        return links
    }

    /// The columns a kind's matching rules may read; empty for kinds without duplicate checks.
    public static func matchColumns(of kind: RecordKind) -> [String] { registration(of: kind).matchColumns }
}

/// What generic code needs from one kind, with the kind's type erased.
protocol RegisteredKind: Sendable {
    /// The kind.
    var kind: RecordKind { get }
    /// The columns its matching rules may read.
    var matchColumns: [String] { get }
    /// Its fields type.
    var fieldsType: any RecordFields.Type { get }
    /// A merge link for each of its reference fields that points at `kind` (not counting itself).
    func childLinks(pointingAt kind: RecordKind) -> [any MergeChildren]
    /// Which of these ids are live records within a scope.
    func existing(_ ids: Set<String>, visibility: Visibility, in session: StoreSession) async throws -> Set<String>
    /// Gives every record of an owner the owner's new team; returns how many.
    func followOwnerTeam(ownerId: String, teamId: String?, in session: StoreSession) async throws -> Int
    /// Files the search tokens of a record of this kind after a change.
    func indexForSearch(_ change: RecordChange, in session: StoreSession) async throws
    /// Files the duplicate-check keys of a record of this kind after a change (nothing for kinds without checks).
    func fileDuplicateKeys(_ change: RecordChange, rules: MatchRuleSet, in session: StoreSession) async throws
    /// The table and the columns of its unique fields (`FieldFlags.unique`).
    var uniqueColumns: (table: String, columns: [String]) { get }
    /// Refuses a change that gives a live record a unique field's value another live record holds (409 naming the
    /// field), whatever the use case: create, edit, conversion, merge, undo (`UnitOfWork` asks before each write).
    func checkUniqueFields(_ change: RecordChange, in session: StoreSession) async throws
    /// Files the search tokens of new records of this kind together (a seeded batch).
    func indexNewForSearch(_ changes: [RecordChange], in session: StoreSession) async throws
    /// Files the duplicate-check keys of new records of this kind together (a seeded batch).
    func fileNewDuplicateKeys(_ changes: [RecordChange], rules: MatchRuleSet, in session: StoreSession) async throws
}

/// The registration of one kind through its fields type.
struct KindRegistration<Fields: ManagedRecord>: RegisteredKind {
    var kind: RecordKind { Fields.kind }
    var matchColumns: [String] { Fields.matchColumns }
    var fieldsType: any RecordFields.Type { Fields.self }

    func childLinks(pointingAt target: RecordKind) -> [any MergeChildren] {
        guard target != kind else { return [] }
        return Fields.fields.filter { field in
            if case .reference(let pointed) = field.type { pointed == target } else { false }
        }.map { ChildLink(field: $0) }
    }

    func existing(_ ids: Set<String>, visibility: Visibility, in session: StoreSession) async throws -> Set<String> {
        try await RecordStore<Fields>().existing(ids, visibility: visibility, in: session)
    }

    func followOwnerTeam(ownerId: String, teamId: String?, in session: StoreSession) async throws -> Int {
        try await RecordStore<Fields>().followOwnerTeam(ownerId: ownerId, teamId: teamId, in: session)
    }

    func indexForSearch(_ change: RecordChange, in session: StoreSession) async throws {
        guard let (before, after) = change.records(of: Fields.self) else { return }
        try await RecordStore<Fields>().index(after, previous: before, in: session)
    }

    func fileDuplicateKeys(_ change: RecordChange, rules: MatchRuleSet, in session: StoreSession) async throws {
        guard let profile = rules.profile(for: Fields.self), let (before, after) = change.records(of: Fields.self) else {
            return
        }
        try await DuplicateIndex(profile: profile).file(after, previous: before, in: session)
    }

    var uniqueColumns: (table: String, columns: [String]) {
        (Fields.table, Fields.fields.filter { $0.flags.contains(.unique) }.map(\.column))
    }

    func checkUniqueFields(_ change: RecordChange, in session: StoreSession) async throws {
        guard let (before, after) = change.records(of: Fields.self) else { return }
        try await UniqueFields<Fields>.refuseShared([(after, before)], in: session)
    }

    func indexNewForSearch(_ changes: [RecordChange], in session: StoreSession) async throws {
        try await RecordStore<Fields>().indexNew(changes.compactMap { $0.records(of: Fields.self)?.after }, in: session)
    }

    func fileNewDuplicateKeys(_ changes: [RecordChange], rules: MatchRuleSet, in session: StoreSession) async throws {
        guard let profile = rules.profile(for: Fields.self) else { return }
        try await DuplicateIndex(profile: profile).file(
            new: changes.compactMap { $0.records(of: Fields.self)?.after }, in: session)
    }
}
