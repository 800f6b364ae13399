import Foundation

/// Matching rules as data (an admin's or a CSV cleaner's JSON): which fields, how each is normalized and
/// compared, what agreement is worth, which keys form blocks, and the score that makes a duplicate.
public struct MatchRules: Codable, Sendable, Equatable {
    /// The column holding each record's id (CSV mode).
    public var idColumn: String
    /// The fields compared, each read from a column and normalized.
    public var fields: [FieldRule]
    /// How each field's values are compared and weighed.
    public var comparisons: [Comparison]
    /// Candidate pairs are records that share a key of one of these.
    public var blocking: [BlockingRule]
    /// A pair scoring at least this is a duplicate.
    public var threshold: Double
    /// Blocks with more records than this are skipped (a key everyone shares finds nothing and costs much).
    public var maximumBlockSize: Int?
    /// How a check at entry treats what it finds (CRM records; CSV cleaning does not use it).
    public var entry: EntryPolicy?

    /// At entry, a candidate scoring at least `warnAt` is shown as a warning; one that agrees exactly on a field
    /// in `block` and scores at least the threshold refuses the creation unless the user may override.
    public struct EntryPolicy: Codable, Sendable, Equatable {
        public var block: [String]
        public var warnAt: Double
    }

    /// One field: its name in the rules, the column it comes from, and its normalizer.
    public struct FieldRule: Codable, Sendable, Equatable {
        public var name: String
        public var column: String
        public var normalizer: Normalizer
        /// For company names: the columns holding the record's province and city, whose places the name may repeat.
        public var placeColumns: PlaceColumns?
    }

    /// Where a record keeps its province and city.
    public struct PlaceColumns: Codable, Sendable, Equatable {
        public var province: String?
        public var city: String?
    }

    /// How raw values become comparable ones.
    public enum Normalizer: String, Codable, Sendable {
        /// Trimmed, folded (width, traditional/simplified, case), spaces collapsed.
        case text
        /// Digits only.
        case digits
        /// A company name taken apart (`CompanyName`).
        case companyName
        /// A person's name as pinyin or Latin words, any order (`PersonName`).
        case personName
        /// A phone as its last ten digits after E.164 normalization, so formats and country prefixes agree.
        case phone
        /// An email, trimmed and lower-case.
        case email
        /// A credit code, upper-case without spaces (typos kept, so they can be compared).
        case creditCode
    }

    /// One comparison and its weights: `agree` when equal, `partial` when similar, `disagree` otherwise,
    /// `conflict` when the values prove different entities (company regions or branches); missing values add 0.
    public struct Comparison: Codable, Sendable, Equatable {
        public var field: String
        public var comparator: Comparator
        public var partialAt: Double?
        public var agree: Double
        public var partial: Double?
        public var disagree: Double
        public var conflict: Double?
    }

    /// How two normalized values are compared.
    public enum Comparator: String, Codable, Sendable {
        /// Equal or not.
        case exact
        /// Jaro-Winkler at or above `partialAt` is partial.
        case jaroWinkler
        /// One insertion, deletion, substitution or adjacent swap is partial.
        case levenshtein1
        /// The same words in any order agree; sharing at least `partialAt` of them (Jaccard) is partial (addresses,
        /// job titles, Latin names with words moved around).
        case tokenSet
        /// Company names: equal cores agree; a one-character difference or Jaro-Winkler ≥ `partialAt` is
        /// partial; another region or branch is a conflict.
        case companyName
        /// Person names in any order and script agree; Jaro-Winkler ≥ `partialAt` is partial.
        case personName
    }

    /// Records sharing the values of these fields are compared; `fuzzy` also lets records meet whose first field
    /// (its main key: a company's core) differs by one typo.
    public struct BlockingRule: Codable, Sendable, Equatable {
        public var fields: [String]
        public var fuzzy: Bool?
    }

    /// Reads rules from JSON, checking that every comparison and block names a field.
    public static func decode(_ data: Data) throws -> MatchRules {
        let rules = try JSONDecoder().decode(MatchRules.self, from: data)
        let names = Set(rules.fields.map(\.name))
        let used = rules.comparisons.map(\.field) + rules.blocking.flatMap(\.fields) + (rules.entry?.block ?? [])
        if let unknown = used.first(where: { !names.contains($0) }) {
            throw MatchRulesError.unknownField(unknown)
        }
        return rules
    }
}

/// Rules that cannot be used.
public enum MatchRulesError: Error, Equatable, CustomStringConvertible {
    case unknownField(String)
    case missingColumn(String)
    /// The rules read a column the records do not have (`allowed` lists theirs).
    case unknownColumn(String, allowed: [String])

    public var description: String {
        switch self {
        case .unknownField(let name): "the rules use field \"\(name)\" but do not define it under \"fields\""
        case .missingColumn(let name): "the file has no column \"\(name)\" that the rules read"
        case .unknownColumn(let name, let allowed):
            "the rules read column \"\(name)\", which these records do not have (they have \(allowed.joined(separator: ", ")))"
        }
    }
}
