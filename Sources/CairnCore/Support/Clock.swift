import Foundation

/// The source of "now"; pure code takes it as input so tests run on a fixed time.
public protocol Clock: Sendable {
    /// The current instant.
    func now() -> Date
}

/// The real wall clock, truncated to milliseconds (what storage keeps).
public struct SystemClock: Clock {
    /// Creates the wall clock.
    public init() {}

    /// The current instant, to the millisecond.
    public func now() -> Date { Date().truncatedToMilliseconds }
}

extension Date {
    /// Milliseconds since 1970 (to the nearest), the form storage keeps.
    public var epochMilliseconds: Int64 { Int64((timeIntervalSince1970 * 1000).rounded()) }

    /// The instant at a number of milliseconds since 1970.
    public init(epochMilliseconds: Int64) {
        self.init(timeIntervalSince1970: Double(epochMilliseconds) / 1000)
    }

    /// This instant without sub-millisecond precision.
    public var truncatedToMilliseconds: Date { Date(epochMilliseconds: epochMilliseconds) }
}
