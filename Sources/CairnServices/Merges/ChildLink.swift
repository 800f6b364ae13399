import CairnCore
import CairnStore
import Foundation

/// Records of one kind that point at merged records through one reference field and move to the survivor.
protocol MergeChildren: Sendable {
    /// The kind, as the merge history names it.
    var kind: RecordKind { get }
    /// Points every child of `from` (deleted ones too) at `to` through the writer; returns their snapshots from
    /// before and their versions after (nil when there were none).
    func move(from: [String], to: String, in unit: UnitOfWork) async throws -> (snapshot: String, versionsAfter: [String: Int])?
    /// Puts the children back as they were.
    func restore(_ snapshot: String, versionsAfter: [String: Int], in unit: UnitOfWork) async throws
}

/// One kind's reference field to the merged kind, found in its declarations (`RecordKinds` makes one per field),
/// so a new kind that points at accounts is moved by merges without anyone listing it.
struct ChildLink<Child: ManagedRecord>: MergeChildren {
    let field: FieldDeclaration<Child>

    var kind: RecordKind { Child.kind }

    func move(from: [String], to: String, in unit: UnitOfWork) async throws -> (snapshot: String, versionsAfter: [String: Int])? {
        let children = try await RecordStore<Child>().referencing(column: field.column, ids: from, in: unit.session)
        guard !children.isEmpty else { return nil }
        var versions: [String: Int] = [:]
        for child in children {
            var moved = child.fields
            field.set(.text(to), in: &moved)
            versions[child.id] = try await unit.change(child, to: moved).meta.version
        }
        return (try RecordSnapshots<Child>.encode(children), versions)
    }

    func restore(_ snapshot: String, versionsAfter: [String: Int], in unit: UnitOfWork) async throws {
        try await RecordSnapshots<Child>.restore(snapshot, versionsAfter: versionsAfter, in: unit)
    }
}
