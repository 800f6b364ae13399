import Foundation

extension Array where Element: Sendable {
    /// `map` on every core, in chunks of `chunk` elements, keeping the order: for CPU-bound work over many elements
    /// (preparing records for matching, tokenizing a seeded batch). Small arrays are mapped in place.
    public func concurrentMap<T: Sendable>(chunk: Int = 1_024, _ transform: @Sendable (Element) -> T) -> [T] {
        guard count > chunk else { return map(transform) }
        let chunks = (count + chunk - 1) / chunk
        let results = ChunkResults<T>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { number in
            results.set(number, self[(number * chunk)..<Swift.min(count, (number + 1) * chunk)].map(transform))
        }
        return results.joined()
    }
}

/// Per-chunk results written from concurrent work, read back in order.
public final class ChunkResults<Element>: @unchecked Sendable {
    private let lock = NSLock()
    private var chunks: [[Element]]

    /// Room for `count` chunks.
    public init(count: Int) {
        chunks = Array(repeating: [], count: count)
    }

    /// Stores one chunk's results.
    public func set(_ index: Int, _ elements: [Element]) {
        lock.lock()
        chunks[index] = elements
        lock.unlock()
    }

    /// Every chunk's results, in chunk order.
    public func joined() -> [Element] {
        lock.lock()
        defer { lock.unlock() }
        return chunks.flatMap { $0 }
    }
}
