import Foundation

/// A thread-safe memo for normalizations that are slow to compute and repeat often (ICU readings of characters,
/// the places of a province/city pair); preparation runs on every core, so access is locked.
final class MemoCache<Key: Hashable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    /// The remembered value, or `compute`'s result, remembered.
    func value(for key: Key, compute: () -> Value) -> Value {
        lock.lock()
        if let known = values[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let computed = compute()
        lock.lock()
        values[key] = computed
        lock.unlock()
        return computed
    }
}
