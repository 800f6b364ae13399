/// Candidate pairs: records that share a blocking key, so a scan never compares everything with everything.
public enum Blocking {
    /// Every pair (smaller index first, each once) of records sharing a key of one of the rules' blocks.
    /// Keys are hashed (a collision only adds a pair that scoring then rejects), and one-deletion variants are
    /// hashed without building their strings, so blocking a million records stays within memory and time.
    public static func candidatePairs(_ records: [MatchRecord], rules: MatchRules) -> [(Int, Int)] {
        let fieldIndex = Dictionary(uniqueKeysWithValues: rules.fields.enumerated().map { ($1.name, $0) })
        let maximum = rules.maximumBlockSize ?? 100
        var pairs = Set<Pair>()
        for (ruleNumber, rule) in rules.blocking.enumerated() {
            var blocks: [Int: [Int32]] = [:]
            for (index, record) in records.enumerated() {
                for key in keys(of: record, rule: rule, ruleNumber: ruleNumber, fieldIndex: fieldIndex) {
                    blocks[key, default: []].append(Int32(index))
                }
            }
            for members in blocks.values where members.count > 1 && members.count <= maximum {
                for i in members.indices {
                    for j in members.index(after: i)..<members.endIndex where members[i] != members[j] {
                        pairs.insert(Pair(Int(members[i]), Int(members[j])))
                    }
                }
            }
        }
        return pairs.map { ($0.first, $0.second) }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    }

    /// A record's hashed keys under one rule: the combined values of its fields (none when a field is missing),
    /// plus one-deletion variants when the rule is fuzzy.
    static func keys(
        of record: MatchRecord, rule: MatchRules.BlockingRule, ruleNumber: Int, fieldIndex: [String: Int]
    ) -> Set<Int> {
        var combined: [String] = [""]
        for field in rule.fields {
            guard let index = fieldIndex[field], let value = record.values[index] else { return [] }
            let fieldKeys = value.blockingKeys
            combined = combined.flatMap { prefix in fieldKeys.map { prefix.isEmpty ? $0 : "\(prefix)|\($0)" } }
        }
        var keys = Set<Int>()
        for key in combined {
            let characters = Array(key.unicodeScalars)
            keys.insert(hash(characters, skipping: nil, rule: ruleNumber))
            if rule.fuzzy == true && characters.count > 1 {
                for skipped in characters.indices { keys.insert(hash(characters, skipping: skipped, rule: ruleNumber)) }
            }
        }
        return keys
    }

    private static func hash(_ characters: [Unicode.Scalar], skipping skipped: Int?, rule: Int) -> Int {
        var hasher = Hasher()
        hasher.combine(rule)
        for (index, character) in characters.enumerated() where index != skipped { hasher.combine(character.value) }
        // Deleting one of two equal neighbours gives the same string; so does the hash, as it must.
        hasher.combine(characters.count - (skipped == nil ? 0 : 1))
        return hasher.finalize()
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
