import CairnCore
import CairnMatching
import CairnStore
import Foundation

/// Keeps one kind's duplicate-check keys in step with its records, and checks a record being entered against the
/// records that share a key with it. Runs inside the caller's transaction, so keys never disagree with records.
struct DuplicateIndex<Fields: ManagedRecord>: Sendable {
    let profile: DuplicateProfile<Fields>
    private let keys = MatchKeyStore()
    private let records = RecordStore<Fields>()
    /// At most this many records are read and compared: those sharing an identifier first (a blocking field such
    /// as the phone), then those sharing the most keys (a true duplicate shares nearly all its typo variants; a
    /// chance neighbour shares one).
    static var candidateLimit: Int { 25 }
    /// At most this many (record, key) entries are read for ranking.
    static var sharedKeyLimit: Int { 5_000 }

    private var entity: String { Fields.kind.rawValue }

    /// Files a written record under its keys (none once deleted), replacing the keys of its previous version.
    func file(_ record: Stored<Fields>, previous: Stored<Fields>?, in session: StoreSession) async throws {
        let current = record.meta.deletedAt == nil ? storedKeys(record.id, record.fields) : []
        // A deleted previous version has no keys filed (restoring one files them all).
        let before = previous.flatMap { $0.meta.deletedAt == nil ? storedKeys($0.id, $0.fields) : nil } ?? []
        guard current != before else { return }
        try await keys.replace(entity: entity, recordId: record.id, previous: before, keys: current, in: session)
    }

    /// Files new records under their keys together (a seeded batch).
    func file(new records: [Stored<Fields>], in session: StoreSession) async throws {
        // Preparing and keying records is CPU work: done on every core, then written in multi-row statements.
        let keyed = records.concurrentMap(chunk: 256) { record in (record.id, storedKeys(record.id, record.fields)) }
        let entries = keyed.flatMap { id, keys in keys.map { (id, $0) } }
        try await keys.insert(entries, entity: entity, in: session)
    }

    /// What a check found, and which records shared an identifier key (phone, credit code, email) with the entered
    /// record when it ran: a blocking match must share one, so if no other record does later, the check still holds.
    struct Outcome: Sendable {
        let findings: DuplicateFindings
        let identifierSharers: Set<String>
    }

    /// The records `fields` looks like (other than `excluding`), told to `actor` as far as they may see them.
    func check(_ fields: Fields, excluding: String?, actor: Actor, in session: StoreSession) async throws -> DuplicateFindings {
        try await checkNoting(fields, excluding: excluding, actor: actor, in: session).findings
    }

    /// `check`, also noting the records that share an identifier key.
    func checkNoting(_ fields: Fields, excluding: String?, actor: Actor, in session: StoreSession) async throws -> Outcome {
        let entered = profile.matchRecord(id: excluding ?? "", fields)
        let (ids, sharers) = try await candidates(of: entered, excluding: excluding, in: session)
        let existing = try await records.findMarkingScope(ids: ids, visibility: actor.visibility, in: session)
        let byId = Dictionary(uniqueKeysWithValues: existing.map { ($0.record.id, $0) })
        let candidates = EntryCheck(rules: profile.rules).candidates(
            for: entered, among: existing.map { profile.matchRecord(id: $0.record.id, $0.record.fields) })
        var findings = DuplicateFindings.none
        for candidate in candidates {
            guard let (record, isVisible) = byId[candidate.id] else { continue }
            if candidate.blocks { findings.blockingIds.append(candidate.id) }
            guard isVisible else {
                findings.hiddenCount += 1
                continue
            }
            findings.visible.append(
                DuplicateMatch(
                    kind: Fields.kind, id: record.id, name: profile.row(record.fields)["name"] ?? record.id,
                    score: candidate.score, blocks: candidate.blocks, reasons: candidate.reasons))
        }
        return Outcome(findings: findings, identifierSharers: sharers)
    }

    /// The records that share an identifier key with `fields` now: one small indexed look-up, to see in the write's
    /// transaction whether a check made before it still holds.
    func identifierSharers(of fields: Fields, in session: StoreSession) async throws -> Set<String> {
        let weights = keyWeights(of: profile.matchRecord(id: "", fields))
        let identifiers = weights.filter { $0.value >= Self.identifierWeight }.keys.sorted()
        let shared = try await keys.sharing(entity: entity, keys: identifiers, limit: Self.sharedKeyLimit, in: session)
        return Set(shared.map(\.recordId))
    }

    /// The records worth comparing with `entered`, best first: each shared key counts, a shared identifier most;
    /// also those sharing an identifier.
    private func candidates(
        of entered: MatchRecord, excluding: String?, in session: StoreSession
    ) async throws
        -> (ids: [String], identifierSharers: Set<String>)
    {
        let weight = keyWeights(of: entered)
        let shared = try await keys.sharing(
            entity: entity, keys: weight.keys.sorted(), limit: Self.sharedKeyLimit, in: session)
        var score: [String: Int] = [:]
        var sharers = Set<String>()
        for entry in shared where entry.recordId != excluding {
            let keyWeight = weight[entry.key] ?? 0
            score[entry.recordId, default: 0] += keyWeight
            if keyWeight >= Self.identifierWeight { sharers.insert(entry.recordId) }
        }
        let ids = score.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(Self.candidateLimit).map(\.key)
        return (ids, sharers)
    }

    /// What sharing each of a record's keys is worth: an identifier (a rule over blocking fields only) far more
    /// than a name or typo key.
    private func keyWeights(of entered: MatchRecord) -> [Int64: Int] {
        let rules = profile.rules
        let blocking = Set(rules.entry?.block ?? [])
        var weight: [Int64: Int] = [:]
        for (rule, ruleKeys) in zip(rules.blocking, Blocking.storedKeysByRule(of: entered, rules: rules)) {
            let isIdentifier = !rule.fields.isEmpty && Set(rule.fields).isSubset(of: blocking)
            for key in ruleKeys { weight[key] = max(weight[key] ?? 0, isIdentifier ? Self.identifierWeight : 1) }
        }
        return weight
    }

    private static var identifierWeight: Int { 1_000 }

    /// Rebuilds every key when they were made under other rules (or never), one page per transaction; the new
    /// fingerprint is stored last, so an interrupted rebuild starts again. `progress` hears records done.
    func rebuildIfStale(storage: any Storage, progress: @Sendable (Int) -> Void = { _ in }) async throws {
        let stored = try await storage.read { session in try await keys.fingerprint(entity: entity, in: session) }
        guard stored != profile.fingerprint else { return }
        try await storage.write { session in try await keys.removeAll(entity: entity, in: session) }
        var after: String?
        var done = 0
        while true {
            let start = after
            let (count, last): (Int, String?) = try await storage.write { session in
                let page = try await records.page(after: start, limit: 2_000, in: session)
                let entries = page.flatMap { record in storedKeys(record.id, record.fields).map { (record.id, $0) } }
                try await keys.insert(entries, entity: entity, in: session)
                return (page.count, page.last?.id)
            }
            guard let last else { break }
            done += count
            progress(done)
            after = last
        }
        try await storage.write { session in
            try await keys.setFingerprint(profile.fingerprint, entity: entity, in: session)
        }
    }

    private func storedKeys(_ id: String, _ fields: Fields) -> [Int64] {
        Blocking.storedKeys(of: profile.matchRecord(id: id, fields), rules: profile.rules)
    }
}
