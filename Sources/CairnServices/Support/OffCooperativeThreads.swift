import Foundation
import Synchronization

/// CPU-bound work (a duplicate scan's scoring) run on a Dispatch thread, so it never holds one of the few threads
/// that serve requests, awaited by the job that needs it.
enum OffCooperativeThreads {
    /// Runs `work` on a Dispatch thread and calls `save` every `interval` until it ends. When the awaiting task is
    /// cancelled it stops waiting at once (the work runs to its end unobserved; its result is dropped).
    static func run<T: Sendable>(
        savingEvery interval: Duration, _ save: @escaping @Sendable () async -> Void, _ work: @escaping @Sendable () -> T
    ) async throws -> T {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await Self.run(work) }
            group.addTask {
                while true {
                    try await Task.sleep(for: interval)
                    await save()
                }
            }
            defer { group.cancelAll() }
            while let value = try await group.next() {
                if let value { return value }
            }
            throw CancellationError()
        }
    }

    private static func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async throws -> T {
        let waiter = Waiter<T>()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                guard waiter.wait(continuation) else { return }
                DispatchQueue.global(qos: .utility).async { waiter.finish(.success(work())) }
            }
        } onCancel: {
            waiter.finish(.failure(CancellationError()))
        }
    }

    /// The one continuation, resumed once: by the result or by cancellation, whichever comes first.
    private final class Waiter<T: Sendable>: Sendable {
        private let state = Mutex<(continuation: CheckedContinuation<T, any Error>?, isCancelled: Bool)>((nil, false))

        /// Keeps the continuation; false (and resumed with cancellation) when the task was cancelled already.
        func wait(_ continuation: CheckedContinuation<T, any Error>) -> Bool {
            let cancelled = state.withLock { state -> Bool in
                if state.isCancelled { return true }
                state.continuation = continuation
                return false
            }
            if cancelled { continuation.resume(throwing: CancellationError()) }
            return !cancelled
        }

        func finish(_ result: Result<T, any Error>) {
            let continuation = state.withLock { state in
                if case .failure = result { state.isCancelled = true }
                let continuation = state.continuation
                state.continuation = nil
                return continuation
            }
            continuation?.resume(with: result)
        }
    }
}
