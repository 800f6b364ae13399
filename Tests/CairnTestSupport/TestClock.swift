import CairnCore
import Foundation

/// A clock tests set and advance by hand; starts at 2026-11-23 09:00:00 UTC.
public final class TestClock: Clock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    /// Creates the clock at a fixed instant.
    public init(_ start: Date = Date(timeIntervalSince1970: 1_795_424_400)) {
        current = start
    }

    public func now() -> Date { lock.withLock { current } }

    /// Moves time forward.
    public func advance(by seconds: TimeInterval) {
        lock.withLock { current = current.addingTimeInterval(seconds) }
    }
}
