/// An existing record that looks like the one being entered.
public struct DuplicateCandidate: Sendable, Equatable {
    /// The existing record.
    public var id: String
    /// Its score against the new record.
    public var score: Double
    /// Whether it refuses the creation (an exact match on a blocking field, backed by the rest of the evidence).
    public var blocks: Bool
    /// Why it looks the same, strongest evidence first.
    public var reasons: [MatchReason]
}

/// The check run when a record is entered: scores the records that share a blocking key with it and keeps those
/// worth showing, blocking ones first. Pure; the service finds the candidates and applies the verdict.
public struct EntryCheck: Sendable {
    let rules: MatchRules
    let scorer: PairScorer
    let blockingFields: Set<String>
    let warnAt: Double

    /// A check under rules; without an entry policy nothing blocks and the threshold is the warning level.
    public init(rules: MatchRules) {
        self.rules = rules
        scorer = PairScorer(rules: rules)
        blockingFields = Set(rules.entry?.block ?? [])
        warnAt = rules.entry?.warnAt ?? rules.threshold
    }

    /// The candidates among `existing` (records sharing a key with `entered`), blocking ones first, then by score.
    public func candidates(for entered: MatchRecord, among existing: [MatchRecord]) -> [DuplicateCandidate] {
        var found: [DuplicateCandidate] = []
        for other in existing where other.id != entered.id {
            let score = scorer.score(entered, other)
            let exactOnBlockingField = score.outcomes.contains {
                $0.outcome == .agree && blockingFields.contains($0.field)
            }
            guard score.score >= warnAt || exactOnBlockingField else { continue }
            found.append(
                DuplicateCandidate(
                    id: other.id, score: score.score, blocks: exactOnBlockingField && score.score >= rules.threshold,
                    reasons: scorer.reasons(entered, other)))
        }
        return found.sorted { ($0.blocks ? 1 : 0, $0.score, $1.id) > ($1.blocks ? 1 : 0, $1.score, $0.id) }
    }
}
