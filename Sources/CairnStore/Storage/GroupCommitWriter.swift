import Foundation
import SQLKit

/// SQLite's single writer with group commit: writes that arrive while a transaction is running wait, then run
/// together in the next transaction, each inside its own savepoint. A write that fails rolls back to its savepoint
/// alone; the others commit together. Every caller hears its result only after the commit, so nothing is reported
/// saved that a crash could lose; if the commit fails, every write in it fails. One commit (and one full-text index
/// flush) then serves many requests.
final class GroupCommitWriter: @unchecked Sendable {
    /// One queued write: runs in the open transaction and returns how to tell its caller the outcome.
    private struct PendingWrite {
        let run: @Sendable (StoreSession, Int) async -> (outcome: @Sendable () -> Void, succeeded: Bool)
        let abort: @Sendable (any Error) -> Void
    }

    private let database: any SQLDatabase
    private let dialect: StorageDialect
    private let maximumBatch: Int
    private let lock = NSLock()
    private var pending: [PendingWrite] = []
    private var isDraining = false

    init(database: any SQLDatabase, dialect: StorageDialect, maximumBatch: Int = 256) {
        self.database = database
        self.dialect = dialect
        self.maximumBatch = maximumBatch
    }

    /// Runs `body` in the next transaction and returns its value once that transaction has committed.
    func write<T: Sendable>(_ body: @escaping @Sendable (StoreSession) async throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let write = PendingWrite(
                run: { session, index in
                    let savepoint = "write_\(index)"
                    do {
                        try await session.sql.raw("SAVEPOINT \(unsafeRaw: savepoint)").run()
                    } catch {
                        return ({ continuation.resume(throwing: error) }, false)
                    }
                    do {
                        let value = try await body(session)
                        try await session.sql.raw("RELEASE \(unsafeRaw: savepoint)").run()
                        return ({ continuation.resume(returning: value) }, true)
                    } catch {
                        try? await session.sql.raw("ROLLBACK TO \(unsafeRaw: savepoint)").run()
                        try? await session.sql.raw("RELEASE \(unsafeRaw: savepoint)").run()
                        return ({ continuation.resume(throwing: error) }, false)
                    }
                },
                abort: { continuation.resume(throwing: $0) })
            if enqueue(write) {
                Task { await drain() }
            }
        }
    }

    /// Adds a write; true when no drain is running and the caller must start one.
    private func enqueue(_ write: PendingWrite) -> Bool {
        lock.withLock {
            pending.append(write)
            if isDraining { return false }
            isDraining = true
            return true
        }
    }

    private func nextBatch() -> [PendingWrite]? {
        lock.withLock {
            if pending.isEmpty {
                isDraining = false
                return nil
            }
            let batch = Array(pending.prefix(maximumBatch))
            pending.removeFirst(batch.count)
            return batch
        }
    }

    private func drain() async {
        while let batch = nextBatch() {
            await commit(batch)
        }
    }

    private func commit(_ batch: [PendingWrite]) async {
        let session = StoreSession(sql: database, dialect: dialect)
        do {
            try await database.raw("BEGIN IMMEDIATE").run()
        } catch {
            batch.forEach { $0.abort(error) }
            return
        }
        var outcomes: [(outcome: @Sendable () -> Void, succeeded: Bool)] = []
        for (index, write) in batch.enumerated() {
            outcomes.append(await write.run(session, index))
        }
        do {
            try await database.raw("COMMIT").run()
            outcomes.forEach { $0.outcome() }
        } catch {
            try? await database.raw("ROLLBACK").run()
            for (write, result) in zip(batch, outcomes) {
                if result.succeeded { write.abort(error) } else { result.outcome() }
            }
        }
    }
}
