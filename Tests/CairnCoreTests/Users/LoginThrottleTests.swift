import CairnCore
import Foundation
import Testing

/// Ten wrong passwords are allowed in a quarter of an hour; each one after that locks sign-in twice as long as the
/// last, up to fifteen minutes; an old window is forgotten.
struct LoginThrottleTests {
    let start = Date(timeIntervalSince1970: 1_795_000_000)

    @Test func locksAfterTheAllowanceAndDoublesEachTime() {
        let throttle = LoginThrottle.perAccount
        var state: LoginFailures?
        for attempt in 1...10 {
            state = throttle.failed(state, at: start.addingTimeInterval(Double(attempt)))
            #expect(throttle.retryAfter(state, at: start.addingTimeInterval(Double(attempt))) == nil)
        }
        state = throttle.failed(state, at: start.addingTimeInterval(11))
        #expect(throttle.retryAfter(state, at: start.addingTimeInterval(11)) == 30)
        #expect(throttle.retryAfter(state, at: start.addingTimeInterval(40.5)) == 1)
        #expect(throttle.retryAfter(state, at: start.addingTimeInterval(41)) == nil)
        state = throttle.failed(state, at: start.addingTimeInterval(42))
        #expect(throttle.retryAfter(state, at: start.addingTimeInterval(42)) == 60)
        for _ in 0..<20 { state = throttle.failed(state, at: start.addingTimeInterval(100)) }
        #expect(throttle.retryAfter(state, at: start.addingTimeInterval(100)) == 15 * 60)
    }

    @Test func anOldWindowIsForgotten() {
        let throttle = LoginThrottle.perAccount
        var state: LoginFailures?
        for _ in 1...10 { state = throttle.failed(state, at: start) }
        state = throttle.failed(state, at: start.addingTimeInterval(16 * 60))
        #expect(state?.count == 1)
        #expect(throttle.retryAfter(state, at: start.addingTimeInterval(16 * 60)) == nil)
    }
}
