/// How one comparison came out for a pair.
public enum ComparisonOutcome: String, Sendable, Equatable {
    case agree, partial, disagree, conflict
}

/// A compared pair: its score and, per field, how it compared (the reasons a reviewer reads).
public struct PairScore: Sendable, Equatable {
    public var score: Double
    public var outcomes: [(field: String, outcome: ComparisonOutcome)]

    public static func == (left: PairScore, right: PairScore) -> Bool {
        left.score == right.score && left.outcomes.map(\.field) == right.outcomes.map(\.field)
            && left.outcomes.map(\.outcome) == right.outcomes.map(\.outcome)
    }

    /// `phone=agree;company=partial` for a CSV column.
    public var reasons: String {
        outcomes.map { "\($0.field)=\($0.outcome.rawValue)" }.joined(separator: ";")
    }
}

/// Scores pairs of records by the rules' comparisons.
public struct PairScorer: Sendable {
    let rules: MatchRules
    let fieldIndex: [String: Int]

    public init(rules: MatchRules) {
        self.rules = rules
        fieldIndex = Dictionary(uniqueKeysWithValues: rules.fields.enumerated().map { ($1.name, $0) })
    }

    /// The score of a pair of prepared records.
    public func score(_ left: MatchRecord, _ right: MatchRecord) -> PairScore {
        var total = 0.0
        var outcomes: [(String, ComparisonOutcome)] = []
        for comparison in rules.comparisons {
            guard let index = fieldIndex[comparison.field], let a = left.values[index], let b = right.values[index]
            else { continue }
            let outcome = Self.compare(a, b, comparison)
            switch outcome {
            case .agree: total += comparison.agree
            case .partial: total += comparison.partial ?? 0
            case .disagree: total += comparison.disagree
            case .conflict: total += comparison.conflict ?? comparison.disagree
            }
            outcomes.append((comparison.field, outcome))
        }
        return PairScore(score: total, outcomes: outcomes)
    }

    static func compare(_ a: FieldValue, _ b: FieldValue, _ comparison: MatchRules.Comparison) -> ComparisonOutcome {
        let partialAt = comparison.partialAt ?? 0.9
        switch (a, b, comparison.comparator) {
        case (.company(let x), .company(let y), _):
            if x.conflicts(with: y) { return .conflict }
            if x.hasSameCore(as: y) { return .agree }
            if EditDistance.isWithinOne(x.core, y.core) || JaroWinkler.similarity(x.core, y.core) >= partialAt {
                return .partial
            }
            return .disagree
        case (.person(let x), .person(let y), _):
            if x.isSameName(as: y) { return .agree }
            return x.similarity(to: y) >= partialAt ? .partial : .disagree
        case (.text(let x), .text(let y), .jaroWinkler):
            if x == y { return .agree }
            return JaroWinkler.similarity(x, y) >= partialAt ? .partial : .disagree
        case (.text(let x), .text(let y), .levenshtein1):
            if x == y { return .agree }
            return EditDistance.isWithinOne(x, y) ? .partial : .disagree
        case (.text(let x), .text(let y), .tokenSet):
            let (a, b) = (Set(x.split(separator: " ")), Set(y.split(separator: " ")))
            if a == b { return .agree }
            let shared = Double(a.intersection(b).count) / Double(max(a.union(b).count, 1))
            return shared >= partialAt ? .partial : .disagree
        default:
            return a == b ? .agree : .disagree
        }
    }
}
