import Foundation

/// A lock for async code: one holder at a time, waiters resumed in arrival order.
final class AsyncMutex: @unchecked Sendable {
    private let lock = NSLock()
    private var isHeld = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    /// Runs `body` while holding the lock.
    func withLock<T>(_ body: () async throws -> T) async rethrows -> T {
        await acquire()
        defer { release() }
        return try await body()
    }

    private func acquire() async {
        if takeIfFree() { return }
        await withCheckedContinuation { continuation in
            if enqueueUnlessFree(continuation) { continuation.resume() }
        }
    }

    private func takeIfFree() -> Bool {
        lock.withLock {
            if isHeld { return false }
            isHeld = true
            return true
        }
    }

    private func enqueueUnlessFree(_ continuation: CheckedContinuation<Void, Never>) -> Bool {
        lock.withLock {
            if !isHeld {
                isHeld = true
                return true
            }
            waiters.append(continuation)
            return false
        }
    }

    private func release() {
        let next: CheckedContinuation<Void, Never>? = lock.withLock {
            if waiters.isEmpty {
                isHeld = false
                return nil
            }
            return waiters.removeFirst()
        }
        next?.resume()
    }
}
