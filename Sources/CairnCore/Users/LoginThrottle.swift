import Foundation

/// Wrong passwords counted for one key (an account's email or a client address) within a window.
public struct LoginFailures: Sendable, Equatable {
    /// Failures since `firstAt`.
    public var count: Int
    /// The first failure of the window.
    public var firstAt: Date
    /// No sign-in for the key before this time.
    public var lockedUntil: Date?

    /// Creates a state.
    public init(count: Int, firstAt: Date, lockedUntil: Date? = nil) {
        self.count = count
        self.firstAt = firstAt
        self.lockedUntil = lockedUntil
    }
}

/// When wrong passwords lock sign-in: some failures are allowed within a window, then each further one locks the
/// key for twice as long as the last (30 s, 60 s, … up to 15 minutes). While locked, even the right password is
/// refused (429 with the seconds to wait), so guessing costs hours instead of seconds; a success clears the count.
public struct LoginThrottle: Sendable {
    /// Failures allowed in a window before the first lock.
    public let failuresAllowed: Int
    /// How long failures are remembered.
    public let window: TimeInterval
    /// The first lock's length; each later one doubles.
    public let firstLock: TimeInterval
    /// The longest lock.
    public let longestLock: TimeInterval

    /// One account: ten wrong passwords in a quarter of an hour, then locks.
    public static let perAccount = LoginThrottle(failuresAllowed: 10, window: 15 * 60, firstLock: 30, longestLock: 15 * 60)
    /// One client address, across accounts (guessing many accounts from one place): fifty.
    public static let perAddress = LoginThrottle(failuresAllowed: 50, window: 15 * 60, firstLock: 30, longestLock: 15 * 60)

    /// Creates a throttle.
    public init(failuresAllowed: Int, window: TimeInterval, firstLock: TimeInterval, longestLock: TimeInterval) {
        self.failuresAllowed = failuresAllowed
        self.window = window
        self.firstLock = firstLock
        self.longestLock = longestLock
    }

    /// Whole seconds to wait before trying again, or nil when a sign-in may be tried now.
    public func retryAfter(_ state: LoginFailures?, at now: Date) -> Int? {
        guard let lockedUntil = state?.lockedUntil, lockedUntil > now else { return nil }
        return max(1, Int(lockedUntil.timeIntervalSince(now).rounded(.up)))
    }

    /// The state after one more wrong password at `now`.
    public func failed(_ state: LoginFailures?, at now: Date) -> LoginFailures {
        var next: LoginFailures
        if let state, now.timeIntervalSince(state.firstAt) <= window || (state.lockedUntil ?? .distantPast) > now {
            next = state
            next.count += 1
        } else {
            next = LoginFailures(count: 1, firstAt: now)
        }
        let beyond = next.count - failuresAllowed
        if beyond > 0 {
            let lock = min(longestLock, firstLock * pow(2, Double(min(beyond - 1, 20))))
            next.lockedUntil = now.addingTimeInterval(lock)
        }
        return next
    }
}
