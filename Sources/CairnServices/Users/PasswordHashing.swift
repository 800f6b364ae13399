import Foundation
import HummingbirdBcrypt

/// Bcrypt hashes and checks (deliberately slow: about a quarter of a second each) on threads of their own, at most
/// cores − 1 at once (at least one). A flood of logins then waits here instead of occupying the few threads every
/// other request runs on: before, 32 wrong passwords at once stalled `/healthz` for seconds.
enum PasswordHashing {
    private static let queue: OperationQueue = {
        let queue = OperationQueue()
        queue.name = "cairn.password-hashing"
        queue.maxConcurrentOperationCount = max(1, ProcessInfo.processInfo.activeProcessorCount - 1)
        return queue
    }()

    /// Whether `password` matches `hash`.
    static func verify(_ password: String, hash: String) async -> Bool {
        await run { Bcrypt.verify(password, hash: hash) }
    }

    /// A new hash of `password`.
    static func hash(_ password: String, cost: UInt8) async -> String {
        await run { Bcrypt.hash(password, cost: cost) }
    }

    private static func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            queue.addOperation { continuation.resume(returning: work()) }
        }
    }
}
