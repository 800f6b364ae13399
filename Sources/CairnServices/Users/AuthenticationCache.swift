import CairnCore
import Foundation

/// Remembers recently checked bearer tokens for a few seconds, so a busy API client costs no database reads for
/// authentication. Logout on this node takes effect at once; a token revoked or a user deactivated elsewhere
/// stops working here within `lifetime`.
final class AuthenticationCache: @unchecked Sendable {
    private struct Entry {
        let actor: Actor
        let validUntil: Date
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    /// How long a checked token is trusted without asking the database again.
    let lifetime: TimeInterval
    /// Entries kept at most; past it expired ones go, then everything.
    let capacity: Int

    init(lifetime: TimeInterval = 30, capacity: Int = 10_000) {
        self.lifetime = lifetime
        self.capacity = capacity
    }

    /// The actor for a token hash, if checked recently and still valid at `now`.
    func actor(forTokenHash hash: String, at now: Date) -> Actor? {
        lock.withLock {
            guard let entry = entries[hash] else { return nil }
            if entry.validUntil <= now {
                entries[hash] = nil
                return nil
            }
            return entry.actor
        }
    }

    /// Remembers a checked token until `lifetime` from now, or its own expiry if sooner.
    func remember(_ actor: Actor, forTokenHash hash: String, expiresAt: Date?, now: Date) {
        let until = min(now.addingTimeInterval(lifetime), expiresAt ?? .distantFuture)
        lock.withLock {
            if entries.count >= capacity {
                entries = entries.filter { $0.value.validUntil > now }
                if entries.count >= capacity { entries.removeAll() }
            }
            entries[hash] = Entry(actor: actor, validUntil: until)
        }
    }

    /// Forgets a token (logout).
    func forget(tokenHash hash: String) {
        _ = lock.withLock { entries.removeValue(forKey: hash) }
    }
}
