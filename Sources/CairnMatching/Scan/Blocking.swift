/// Candidate pairs: records that share a blocking key, so a scan never compares everything with everything.
public enum Blocking {
    /// Every pair (smaller index first, each once) of records sharing a key of one of the rules' blocks.
    public static func candidatePairs(_ records: [MatchRecord], rules: MatchRules) -> [(Int, Int)] {
        let fieldIndex = Dictionary(uniqueKeysWithValues: rules.fields.enumerated().map { ($1.name, $0) })
        let maximum = rules.maximumBlockSize ?? 100
        var pairs = Set<Pair>()
        for (ruleNumber, rule) in rules.blocking.enumerated() {
            var blocks: [String: [Int]] = [:]
            for (index, record) in records.enumerated() {
                for key in keys(of: record, rule: rule, fieldIndex: fieldIndex) {
                    blocks["\(ruleNumber)|\(key)", default: []].append(index)
                }
            }
            for members in blocks.values where members.count > 1 && members.count <= maximum {
                for i in members.indices {
                    for j in members.index(after: i)..<members.endIndex where members[i] != members[j] {
                        pairs.insert(Pair(min(members[i], members[j]), max(members[i], members[j])))
                    }
                }
            }
        }
        return pairs.map { ($0.first, $0.second) }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    }

    /// A record's keys under one rule: the combined values of its fields (none when a field is missing), plus
    /// one-deletion variants when the rule is fuzzy.
    static func keys(of record: MatchRecord, rule: MatchRules.BlockingRule, fieldIndex: [String: Int]) -> Set<String> {
        var combined: [String] = [""]
        for field in rule.fields {
            guard let index = fieldIndex[field], let value = record.values[index] else { return [] }
            let fieldKeys = value.blockingKeys
            combined = combined.flatMap { prefix in fieldKeys.map { prefix.isEmpty ? $0 : "\(prefix)|\($0)" } }
        }
        var keys = Set(combined)
        if rule.fuzzy == true {
            for key in combined { keys.formUnion(EditDistance.deletions(of: key)) }
        }
        return keys
    }

    private struct Pair: Hashable {
        let first: Int
        let second: Int
        init(_ first: Int, _ second: Int) {
            self.first = first
            self.second = second
        }
    }
}
