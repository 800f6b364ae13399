import Foundation
import Synchronization

/// Wakes idle runners on this node when a job is enqueued here, so it starts at once instead of at the next poll.
/// (Other nodes find it at their next poll.)
public final class JobSignal: Sendable {
    private struct State {
        var isPending = false
        var nextWaiter: UInt64 = 0
        var waiters: [UInt64: CheckedContinuation<Void, Never>] = [:]
    }

    private let state = Mutex(State())

    /// Creates a signal.
    public init() {}

    /// Wakes every waiting runner, or the next one to wait.
    public func wake() {
        let waiters = state.withLock { state in
            let waiters = Array(state.waiters.values)
            state.waiters = [:]
            if waiters.isEmpty { state.isPending = true }
            return waiters
        }
        for waiter in waiters { waiter.resume() }
    }

    /// Returns when woken, after `seconds`, or when the task is cancelled, whichever comes first.
    func wait(upTo seconds: TimeInterval) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { try? await Task.sleep(for: .milliseconds(Int((seconds * 1_000).rounded()))) }
            group.addTask { await self.next() }
            await group.next()
            group.cancelAll()
        }
    }

    private func next() async {
        let id = state.withLock { state in
            state.nextWaiter += 1
            return state.nextWaiter
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let resumeNow = state.withLock { state -> Bool in
                    if state.isPending || Task.isCancelled {
                        state.isPending = false
                        return true
                    }
                    state.waiters[id] = continuation
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            state.withLock { $0.waiters.removeValue(forKey: id) }?.resume()
        }
    }
}
