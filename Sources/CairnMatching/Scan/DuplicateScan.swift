import CairnCore
import Foundation

/// A batch scan: prepare, block, score, cluster. Pure: rows in, pairs and clusters out, progress reported.
public struct DuplicateScan: Sendable {
    public let rules: MatchRules

    public init(rules: MatchRules) {
        self.rules = rules
    }

    /// Where a scan is, for progress bars.
    public enum Progress: Sendable, Equatable {
        case prepared(records: Int)
        case blocked(candidatePairs: Int)
        case scored(done: Int, of: Int)
        case clustered(clusters: Int)
    }

    /// What a scan found.
    public struct Result: Sendable {
        /// Candidate pairs that reached the threshold, with their scores (indices into the records).
        public var matches: [(left: Int, right: Int, score: PairScore)]
        /// Groups of records that are one entity (connected by matches), each sorted, largest first.
        public var clusters: [[Int]]
        /// How many pairs were compared.
        public var comparedPairs: Int
    }

    /// Scans prepared records.
    public func run(_ records: [MatchRecord], progress: (Progress) -> Void = { _ in }) -> Result {
        progress(.prepared(records: records.count))
        let candidates = Blocking.candidatePairs(records, rules: rules)
        progress(.blocked(candidatePairs: candidates.count))
        let scorer = PairScorer(rules: rules)
        // Scored on every core in ten slices, so progress moves in tenths.
        let slices = 10
        let sliceSize = max(1, (candidates.count + slices - 1) / slices)
        var matches: [(Int, Int, PairScore)] = []
        for slice in stride(from: 0, to: candidates.count, by: sliceSize) {
            let end = min(candidates.count, slice + sliceSize)
            let chunk = 2_048
            let chunks = (end - slice + chunk - 1) / chunk
            let results = ChunkResults<(Int, Int, PairScore)>(count: chunks)
            DispatchQueue.concurrentPerform(iterations: chunks) { number in
                let range = (slice + number * chunk)..<min(end, slice + (number + 1) * chunk)
                results.set(
                    number,
                    range.compactMap { index in
                        let (left, right) = candidates[index]
                        let score = scorer.score(records[left], records[right])
                        return score.score >= rules.threshold ? (left, right, score) : nil
                    })
            }
            matches += results.joined()
            progress(.scored(done: end, of: candidates.count))
        }
        var groups = UnionFind(count: records.count)
        for (left, right, _) in matches { groups.union(left, right) }
        let clusters = groups.groups().filter { $0.count > 1 }
        progress(.clustered(clusters: clusters.count))
        return Result(
            matches: matches.map { (left: $0.0, right: $0.1, score: $0.2) }, clusters: clusters,
            comparedPairs: candidates.count)
    }
}

/// Disjoint sets over 0..<count with path halving and union by size.
struct UnionFind {
    private var parent: [Int]
    private var size: [Int]

    init(count: Int) {
        parent = Array(0..<count)
        size = [Int](repeating: 1, count: count)
    }

    mutating func find(_ element: Int) -> Int {
        var node = element
        while parent[node] != node {
            parent[node] = parent[parent[node]]
            node = parent[node]
        }
        return node
    }

    mutating func union(_ a: Int, _ b: Int) {
        var rootA = find(a)
        var rootB = find(b)
        guard rootA != rootB else { return }
        if size[rootA] < size[rootB] { swap(&rootA, &rootB) }
        parent[rootB] = rootA
        size[rootA] += size[rootB]
    }

    /// Every set, each sorted, largest first.
    mutating func groups() -> [[Int]] {
        var byRoot: [Int: [Int]] = [:]
        for element in parent.indices { byRoot[find(element), default: []].append(element) }
        return byRoot.values.map { $0.sorted() }.sorted { ($0.count, -$0[0]) > ($1.count, -$1[0]) }
    }
}
