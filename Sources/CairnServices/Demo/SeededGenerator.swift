import CairnCore
import Foundation

/// A SplitMix64 random number generator: the same seed always yields the same sequence, on every platform.
public struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    /// Starts the sequence for a seed.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}

// The helpers below avoid the standard library's `random(in:using:)` and `randomElement(using:)`, whose
// algorithms are not promised to stay the same across Swift releases; demo data must not change with the compiler.
extension SeededGenerator {
    /// A uniformly chosen integer in a closed range.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) &+ 1
        guard width != 0 else { return Int(truncatingIfNeeded: next()) }
        let scaled = next().multipliedFullWidth(by: width).high
        return range.lowerBound + Int(scaled)
    }

    /// A uniformly chosen integer in a closed range of 64-bit values (times in milliseconds).
    mutating func int64(in range: ClosedRange<Int64>) -> Int64 {
        let width = UInt64(range.upperBound - range.lowerBound) &+ 1
        guard width != 0 else { return Int64(truncatingIfNeeded: next()) }
        return range.lowerBound + Int64(next().multipliedFullWidth(by: width).high)
    }

    /// A uniformly chosen value in [0, 1).
    public mutating func unit() -> Double {
        Double(next() >> 11) / Double(UInt64(1) << 53)
    }

    /// True with probability `probability` (0…1).
    public mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// A uniformly chosen element; the array must not be empty.
    public mutating func pick<Element>(_ items: [Element]) -> Element {
        items[int(in: 0...(items.count - 1))]
    }

    /// An element chosen in proportion to its weight; the weights must not all be zero.
    mutating func pick<Element>(weighted items: [(value: Element, weight: Int)]) -> Element {
        let total = items.reduce(0) { $0 + $1.weight }
        var remaining = int(in: 0...(total - 1))
        for item in items {
            if remaining < item.weight { return item.value }
            remaining -= item.weight
        }
        return items[items.count - 1].value
    }

    /// A string of random decimal digits, the first one drawn from `firstDigits`.
    public mutating func digits(_ count: Int, firstDigits: ClosedRange<Int> = 0...9) -> String {
        var text = String(int(in: firstDigits))
        for _ in 1..<max(count, 1) { text += String(int(in: 0...9)) }
        return text
    }
}

/// Deterministic, unique UUIDv7-shaped ids: the base time in the timestamp field, then a counter and seeded bits.
///
/// Ids sort in the order they were made, like real UUIDv7s made in one millisecond.
final class SeededIDGenerator: IDGenerator, @unchecked Sendable {
    private let lock = NSLock()
    private let baseMilliseconds: UInt64
    private var random: SeededGenerator
    private var counter: UInt64 = 0

    /// Creates a generator whose ids carry `baseTime` and whose random bits come from `seed`.
    init(seed: UInt64, baseTime: Date) {
        baseMilliseconds = UInt64(max(0, baseTime.epochMilliseconds)) & 0xFFFF_FFFF_FFFF
        random = SeededGenerator(seed: seed ^ 0x5EED_1D5E_ED1D_5EED)
    }

    /// The next id, lower-case UUID text.
    func next() -> String {
        lock.lock()
        counter += 1
        let count = counter
        let noise = random.next()
        lock.unlock()
        // 12 bits of rand_a and the top 32 bits of rand_b hold the counter, so ids stay unique for 2^44 calls.
        let randA = (count >> 32) & 0xFFF
        let randB = ((count & 0xFFFF_FFFF) << 30) | (noise & 0x3FFF_FFFF)
        let high = (baseMilliseconds << 16) | 0x7000 | randA
        let low = 0x8000_0000_0000_0000 | randB
        return Self.uuidText(high: high, low: low)
    }

    private static func uuidText(high: UInt64, low: UInt64) -> String {
        let hex = hex16(high) + hex16(low)
        let characters = Array(hex)
        let groups = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(characters[$0]) }
        return groups.joined(separator: "-")
    }

    private static func hex16(_ value: UInt64) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
