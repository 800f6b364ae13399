import CairnCore
import CairnStore
import Foundation

/// Records of one kind that point at an account and move with it when it is merged away.
protocol AccountChildren: Sendable {
    /// The kind, as the merge history names it.
    var kind: RecordKind { get }
    /// Points every child of `from` (deleted ones too) at `to`, each write audited; returns their snapshots from
    /// before and their versions after (nil when there were none).
    func move(from: [String], to: String, in unit: UnitOfWork) async throws -> (snapshot: String, versionsAfter: [String: Int])?
    /// Puts the children back as they were.
    func restore(_ snapshot: String, versionsAfter: [String: Int], in unit: UnitOfWork) async throws
}

/// One kind's link to accounts: its `account_id` column and how its fields are re-pointed.
struct AccountChildLink<Child: ManagedRecord>: AccountChildren {
    let service: RecordService<Child>
    let repoint: @Sendable (Child, String) -> Child
    private let column = "account_id"

    /// A kind whose every record belongs to an account.
    init(service: RecordService<Child>, accountId: WritableKeyPath<Child, String> & Sendable) {
        self.service = service
        repoint = { child, survivor in
            var moved = child
            moved[keyPath: accountId] = survivor
            return moved
        }
    }

    /// A kind whose records may name an account.
    init(service: RecordService<Child>, accountId: WritableKeyPath<Child, String?> & Sendable) {
        self.service = service
        repoint = { child, survivor in
            var moved = child
            moved[keyPath: accountId] = survivor
            return moved
        }
    }

    var kind: RecordKind { Child.kind }

    func move(from: [String], to: String, in unit: UnitOfWork) async throws -> (snapshot: String, versionsAfter: [String: Int])? {
        let children = try await service.store.referencing(column: column, ids: from, in: unit.session)
        guard !children.isEmpty else { return nil }
        var versions: [String: Int] = [:]
        for child in children {
            versions[child.id] = try await unit.change(child, to: repoint(child.fields, to)).meta.version
        }
        return (try RecordSnapshots<Child>.encode(children), versions)
    }

    func restore(_ snapshot: String, versionsAfter: [String: Int], in unit: UnitOfWork) async throws {
        try await RecordSnapshots<Child>.restore(snapshot, versionsAfter: versionsAfter, in: unit)
    }
}
