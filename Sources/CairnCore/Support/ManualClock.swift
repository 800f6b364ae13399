import Foundation
import Synchronization

/// A clock that only moves when told to: tests, and `cairn serve --test-clock`, whose test-only endpoint moves it so
/// windows, leases and schedules can be tested end to end in seconds instead of waiting in real time.
public final class ManualClock: Clock, Sendable {
    private let current: Mutex<Date>

    /// Creates the clock at an instant (2026-11-23 09:00:00 UTC unless told otherwise), to the millisecond.
    public init(_ start: Date = Date(timeIntervalSince1970: 1_795_424_400)) {
        current = Mutex(start.truncatedToMilliseconds)
    }

    public func now() -> Date { current.withLock { $0 } }

    /// Moves time by some seconds (a test may step back to write the past; the server's endpoint only moves forward)
    /// and returns the new now.
    @discardableResult
    public func advance(by seconds: TimeInterval) -> Date {
        current.withLock { now in
            now = now.addingTimeInterval(seconds).truncatedToMilliseconds
            return now
        }
    }
}
