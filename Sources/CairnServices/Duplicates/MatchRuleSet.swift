import CairnCore
import CairnMatching
import Crypto
import Foundation

/// The matching rules in force, per kind of record: the shipped defaults (`DefaultMatchRules`) unless an admin
/// stored others (`cairn dedup rules set`).
public struct MatchRuleSet: Sendable {
    /// Rules of one kind, with the JSON they came from and their fingerprint.
    public struct Entry: Sendable {
        public let json: String
        public let rules: MatchRules
        let fingerprint: String
        /// Rows prepared under these rules lately.
        let prepared = PreparedRows()
    }

    public private(set) var entries: [RecordKind: Entry]

    /// The rules Cairn ships with.
    public static let shipped: MatchRuleSet = {
        var set = MatchRuleSet(entries: [:])
        do {
            try set.replace(.account, json: DefaultMatchRules.accounts)
            try set.replace(.contact, json: DefaultMatchRules.contacts)
        } catch {
            preconditionFailure("shipped matching rules do not decode: \(error)")
        }
        return set
    }()

    /// Replaces a kind's rules with JSON, checked: it must decode, and read only columns the kind provides.
    public mutating func replace(_ kind: RecordKind, json: String) throws {
        let data = Data(json.utf8)
        let rules = try MatchRules.decode(data)
        let known = Set(Self.columns(of: kind))
        if let unknown = rules.fields.flatMap({
            [$0.column] + [$0.placeColumns?.province, $0.placeColumns?.city].compactMap { $0 }
        })
        .first(where: { !known.contains($0) }) {
            throw MatchRulesError.unknownColumn(unknown, allowed: Self.columns(of: kind))
        }
        let fingerprint = SHA256.hash(data: data + Data("\nkeys v\(Blocking.keyVersion)".utf8))
            .map { String(format: "%02x", $0) }.joined()
        entries[kind] = Entry(json: json, rules: rules, fingerprint: fingerprint)
    }

    /// The profile a kind is checked with; nil for kinds without duplicate checks.
    func profile<Fields: ManagedRecord>(for type: Fields.Type) -> DuplicateProfile<Fields>? {
        guard let row = Fields.matchRow, let entry = entries[Fields.kind] else { return nil }
        return DuplicateProfile(rules: entry.rules, fingerprint: entry.fingerprint, row: row, prepared: entry.prepared)
    }

    /// The columns a kind's rules may read (none for kinds without duplicate checks).
    public static func columns(of kind: RecordKind) -> [String] { RecordKinds.matchColumns(of: kind) }
}
