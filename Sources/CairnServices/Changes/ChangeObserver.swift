import CairnCore
import CairnStore

/// Something that must happen whenever a record is written (audit, duplicate keys, stage history; later rules,
/// outbox, webhooks, aggregates). Registered once in the composition root; runs inside the write's transaction, so
/// throwing rolls the whole write back.
public protocol ChangeObserver: Sendable {
    /// Reacts to one change, writing what it needs through `context.session`.
    func recordChanged(_ change: RecordChange, in context: ObserverContext) async throws
    /// Reacts to the new records of one kind a use case creates together (a seeded batch), in their order; by
    /// default one by one. Observers that write a row per record batch their statements here.
    func recordsCreated(_ changes: [RecordChange], in context: ObserverContext) async throws
}

extension ChangeObserver {
    public func recordsCreated(_ changes: [RecordChange], in context: ObserverContext) async throws {
        for change in changes { try await recordChanged(change, in: context) }
    }
}

/// What an observer may use while a write's transaction is open.
public struct ObserverContext: Sendable {
    /// The write's transaction.
    public let session: StoreSession
    /// The source of ids.
    public let ids: any IDGenerator
}
