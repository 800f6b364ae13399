/// Candidate pairs: records that share a blocking key, so a scan never compares everything with everything.
public enum Blocking {
    /// Bumped whenever the keys a record gets change, so stored keys are rebuilt (part of the rules' fingerprint).
    public static let keyVersion = 2

    /// Every pair (smaller index first, each once) of records sharing a key of one of the rules' blocks.
    /// Keys are hashed (a collision only adds a pair that scoring then rejects), and one-deletion variants are
    /// hashed without building their strings, so blocking a million records stays within memory and time.
    public static func candidatePairs(_ records: [MatchRecord], rules: MatchRules) -> [(Int, Int)] {
        let fieldIndex = Dictionary(uniqueKeysWithValues: rules.fields.enumerated().map { ($1.name, $0) })
        let maximum = rules.maximumBlockSize ?? 100
        // Flat arrays sorted in place instead of a dictionary of arrays: a million records make tens of millions
        // of keys, and one small array per key cost more time and memory than the comparisons themselves.
        var pairs: [UInt64] = []
        for (ruleNumber, rule) in rules.blocking.enumerated() {
            var entries: [(key: Int, record: Int32)] = []
            entries.reserveCapacity(records.count * 2)
            for (index, record) in records.enumerated() {
                for key in keys(of: record, rule: rule, ruleNumber: ruleNumber, fieldIndex: fieldIndex) {
                    entries.append((key, Int32(index)))
                }
            }
            entries.sort { $0.key < $1.key }
            var start = 0
            while start < entries.count {
                var end = start + 1
                while end < entries.count && entries[end].key == entries[start].key { end += 1 }
                let size = end - start
                if size > 1 && size <= maximum {
                    for i in start..<end {
                        for j in (i + 1)..<end where entries[i].record != entries[j].record {
                            let (low, high) = (
                                min(entries[i].record, entries[j].record), max(entries[i].record, entries[j].record)
                            )
                            pairs.append(UInt64(low) << 32 | UInt64(high))
                        }
                    }
                }
                start = end
            }
        }
        pairs.sort()
        var unique: [(Int, Int)] = []
        unique.reserveCapacity(pairs.count)
        var previous: UInt64?
        for pair in pairs where pair != previous {
            unique.append((Int(pair >> 32), Int(pair & 0xFFFF_FFFF)))
            previous = pair
        }
        return unique
    }

    /// A record's hashed keys under one rule: the combined values of its fields (none when a field is missing),
    /// plus, when the rule is fuzzy, the variants with one character of the first field's main key deleted.
    static func keys(
        of record: MatchRecord, rule: MatchRules.BlockingRule, ruleNumber: Int, fieldIndex: [String: Int]
    ) -> Set<Int> {
        // Each combined key with how many of its leading characters a typo may be in: the first field's main key
        // (a company's core), not the fields after it (a province is normalized text, not typed freely).
        var combined: [(key: String, typoSpan: Int)] = [("", 0)]
        for (position, field) in rule.fields.enumerated() {
            guard let index = fieldIndex[field], let value = record.values[index] else { return [] }
            let fieldKeys = value.blockingKeys
            combined = combined.flatMap { prefix in
                fieldKeys.enumerated().map { number, key in
                    (
                        prefix.key.isEmpty ? key : "\(prefix.key)|\(key)",
                        position == 0 && number == 0 ? key.unicodeScalars.count : prefix.typoSpan
                    )
                }
            }
        }
        var keys = Set<Int>()
        for (key, typoSpan) in combined {
            let characters = Array(key.unicodeScalars)
            keys.insert(hash(characters, skipping: nil, rule: ruleNumber))
            if rule.fuzzy == true && typoSpan > 1 {
                for skipped in 0..<typoSpan { keys.insert(hash(characters, skipping: skipped, rule: ruleNumber)) }
            }
        }
        return keys
    }

    /// Every key a record is filed under, over all of the rules' blocks: what a database stores so a check at entry
    /// finds its candidates with one indexed look-up. Stable across processes and machines.
    public static func storedKeys(of record: MatchRecord, rules: MatchRules) -> [Int64] {
        Set(storedKeysByRule(of: record, rules: rules).flatMap { $0 }).sorted()
    }

    /// The stored keys per blocking rule, in the rules' order (a check weighs a shared identifier above a shared
    /// typo variant).
    public static func storedKeysByRule(of record: MatchRecord, rules: MatchRules) -> [[Int64]] {
        let fieldIndex = Dictionary(uniqueKeysWithValues: rules.fields.enumerated().map { ($1.name, $0) })
        return rules.blocking.enumerated().map { ruleNumber, rule in
            keys(of: record, rule: rule, ruleNumber: ruleNumber, fieldIndex: fieldIndex).map(Int64.init).sorted()
        }
    }

    /// FNV-1a over the rule number, the characters (one left out) and the length: fixed, unlike `Hasher`'s
    /// per-process seed, so keys can be stored.
    private static func hash(_ characters: [Unicode.Scalar], skipping skipped: Int?, rule: Int) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ value: UInt32) {
            hash = (hash ^ UInt64(value)) &* 0x100_0000_01b3
        }
        mix(UInt32(rule))
        for (index, character) in characters.enumerated() where index != skipped { mix(character.value) }
        // Deleting one of two equal neighbours gives the same string; so does the hash, as it must.
        mix(UInt32(characters.count - (skipped == nil ? 0 : 1)))
        return Int(bitPattern: UInt(hash))
    }
}
