import Foundation
import SQLKit

/// SQLite's single writer with group commit: writes that arrive while a transaction is running wait, then run
/// together in the next transaction, each inside its own savepoint. A write that fails rolls back to its savepoint
/// alone; the others commit together. A write alone in its transaction needs no savepoint: if it fails, the
/// transaction rolls back (a savepoint held open across a large write makes SQLite walk its whole journal at the end
/// of every statement). Every caller hears its result only after the commit, so nothing is reported
/// saved that a crash could lose; if the commit fails, every write in it fails. One commit (and one full-text index
/// flush) then serves many requests.
///
/// The transactions run on the writer's own task, started with the storage and ended by `finish()` (which
/// `SQLiteStorage.close` awaits), so a caller that is cancelled mid-write cannot fail the other writes of its batch,
/// and nothing outlives the storage.
final class GroupCommitWriter: @unchecked Sendable {
    /// One queued write: runs in the open transaction and returns how to tell its caller the outcome.
    private struct PendingWrite {
        let id = UUID()
        /// Runs the write as number `index` of its transaction, in a savepoint when `isShared`.
        let run:
            @Sendable (StoreSession, _ index: Int, _ isShared: Bool) async -> (outcome: @Sendable () -> Void, succeeded: Bool)
        let abort: @Sendable (any Error) -> Void
    }

    private let database: any SQLDatabase
    private let dialect: StorageDialect
    private let maximumBatch: Int
    private let lock = NSLock()
    private var pending: [PendingWrite] = []
    /// Tells the writer's task that writes are pending (wake-ups coalesce).
    private let wakeUps: AsyncStream<Void>.Continuation
    private var worker: Task<Void, Never>?

    init(database: any SQLDatabase, dialect: StorageDialect, maximumBatch: Int = 256) {
        self.database = database
        self.dialect = dialect
        self.maximumBatch = maximumBatch
        let (signals, wakeUps) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        self.wakeUps = wakeUps
        worker = Task { [self] in
            for await _ in signals {
                while let batch = nextBatch() { await commit(batch) }
            }
        }
    }

    /// Commits what is pending, then ends the writer's task; writes after this fail with `StoreError.closed`.
    func finish() async {
        wakeUps.finish()
        await worker?.value
        worker = nil
    }

    /// Runs `body` in the next transaction and returns its value once that transaction has committed.
    func write<T: Sendable>(_ body: @escaping @Sendable (StoreSession) async throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let write = PendingWrite(
                run: { session, index, isShared in
                    guard isShared else {
                        do {
                            let value = try await body(session)
                            return ({ continuation.resume(returning: value) }, true)
                        } catch {
                            return ({ continuation.resume(throwing: error) }, false)
                        }
                    }
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
            lock.withLock { pending.append(write) }
            if case .terminated = wakeUps.yield() {
                // Closed: take it back unless the writer's last pass already took it.
                let isStillPending = lock.withLock {
                    guard let index = pending.firstIndex(where: { $0.id == write.id }) else { return false }
                    pending.remove(at: index)
                    return true
                }
                if isStillPending { write.abort(StoreError.closed) }
            }
        }
    }

    private func nextBatch() -> [PendingWrite]? {
        lock.withLock {
            if pending.isEmpty { return nil }
            let batch = Array(pending.prefix(maximumBatch))
            pending.removeFirst(batch.count)
            return batch
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
            outcomes.append(await write.run(session, index, batch.count > 1))
        }
        if batch.count == 1, let only = outcomes.first, !only.succeeded {
            try? await database.raw("ROLLBACK").run()
            only.outcome()
            return
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
