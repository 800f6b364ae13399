import CairnCore
import CairnMatching
import CairnStore

/// A group of accounts a scan found to be one company, as it stands now, with the evidence for each pair.
public struct DuplicateCluster: Sendable {
    /// One compared pair and why it matched (reasons from the current data, in catalog keys).
    public struct Pair: Sendable {
        public var leftId: String
        public var rightId: String
        public var score: Double
        public var reasons: [MatchReason]
    }

    /// The cluster's number in its scan (1 is the largest).
    public var number: Int
    /// Its live members; merged or deleted ones drop out.
    public var members: [Stored<AccountFields>]
    public var pairs: [Pair]
}

extension DuplicateScanService {
    /// Clusters per page of a review.
    public static let clustersPerPage = 20

    /// One page (from 0) of a finished scan's clusters that still have two or more live members the actor may see.
    public func clusters(scanId: String, page: Int, by actor: Actor) async throws -> [DuplicateCluster] {
        try actor.require(.reviewDuplicates)
        let first = 1 + max(0, page) * Self.clustersPerPage
        return try await accounts.environment.storage.read { session in
            let pairs = try await DuplicateScanStore().pairs(
                scanId: scanId, clusters: first..<(first + Self.clustersPerPage), in: session)
            let ids = Array(Set(pairs.flatMap { [$0.leftId, $0.rightId] }))
            let live = Dictionary(
                uniqueKeysWithValues: try await accounts.store.find(ids: ids, visibility: actor.visibility, in: session).map {
                    ($0.id, $0)
                })
            let profile = try accounts.requireProfile()
            let prepared = live.mapValues { profile.matchRecord(id: $0.id, $0.fields) }
            let scorer = PairScorer(rules: profile.rules)
            var clusters: [DuplicateCluster] = []
            for (number, group) in Dictionary(grouping: pairs, by: \.cluster).sorted(by: { $0.key < $1.key }) {
                let livePairs = group.compactMap { pair -> DuplicateCluster.Pair? in
                    guard let left = prepared[pair.leftId], let right = prepared[pair.rightId] else { return nil }
                    return DuplicateCluster.Pair(
                        leftId: pair.leftId, rightId: pair.rightId, score: pair.score,
                        reasons: scorer.reasons(left, right))
                }
                let memberIds = Set(livePairs.flatMap { [$0.leftId, $0.rightId] })
                guard memberIds.count > 1 else { continue }
                let members = memberIds.compactMap { live[$0] }.sorted { ($0.meta.createdAt, $0.id) < ($1.meta.createdAt, $1.id) }
                clusters.append(DuplicateCluster(number: number, members: members, pairs: livePairs))
            }
            return clusters
        }
    }
}
