import Foundation

/// Makes record ids; pure code takes it as input so tests get predictable ids.
public protocol IDGenerator: Sendable {
    /// A new, unique id.
    func next() -> String
}

/// Time-ordered random ids (UUID version 7): unique across nodes and friendly to B-tree indexes.
public struct UUIDv7Generator: IDGenerator {
    private let clock: any Clock

    /// Creates a generator reading time from `clock`.
    public init(clock: any Clock) {
        self.clock = clock
    }

    /// A new UUIDv7 in lower-case text form.
    public func next() -> String {
        let millis = UInt64(clock.now().epochMilliseconds)
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in 0..<6 {
            bytes[index] = UInt8((millis >> (8 * (5 - UInt64(index)))) & 0xFF)
        }
        // Two 64-bit draws (one system call each) instead of one per byte.
        var generator = SystemRandomNumberGenerator()
        let (high, low) = (generator.next(), generator.next())
        for index in 6..<16 {
            let word = index < 8 ? high : low
            bytes[index] = UInt8(truncatingIfNeeded: word >> (8 * UInt64(index % 8)))
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x70
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
            )
        ).uuidString.lowercased()
    }
}

/// Ids 00000000-0000-7000-8000-000000000001, …002, …: for tests and seeded demo data.
public final class SequentialIDGenerator: IDGenerator, @unchecked Sendable {
    private let lock = NSLock()
    private var counter: UInt64

    /// Starts after `start`.
    public init(start: UInt64 = 0) {
        counter = start
    }

    /// The next id in sequence.
    public func next() -> String {
        lock.lock()
        counter += 1
        let value = counter
        lock.unlock()
        let hex = String(value, radix: 16)
        return "00000000-0000-7000-8000-" + String(repeating: "0", count: max(0, 12 - hex.count)) + hex
    }
}
