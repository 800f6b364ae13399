/// Two record positions as an unordered pair (smaller first), for sets of pairs: matches, truth, clusters.
public struct UnorderedPair: Hashable, Sendable {
    public let first: Int
    public let second: Int

    public init(_ a: Int, _ b: Int) {
        first = min(a, b)
        second = max(a, b)
    }
}
