import CairnCore
import CairnStore
import Foundation

/// Per-kind behaviour the generic record service runs: defaults and derived values before a write. What follows a
/// write (audit, keys, stage history) is a `ChangeObserver`.
public protocol ManagedRecord: RecordTable {
    /// The fields as they will be stored, given the previous version (nil on create).
    func prepared(previous: Self?, now: Date) throws(ValidationFailure) -> Self
    /// The record's fields as a row of named columns for the matching rules; nil for kinds without duplicate checks.
    static var matchRow: (@Sendable (Self) -> [String: String])? { get }
    /// The columns `matchRow` gives (what rules for this kind may read).
    static var matchColumns: [String] { get }
    /// The survivor of a merge, keeping what only the records it absorbs know (an account keeps their names as
    /// aliases); `merged` holds every record before the merge, the survivor included.
    func absorbing(_ merged: [Self]) -> Self
}

extension ManagedRecord {
    public func prepared(previous: Self?, now: Date) throws(ValidationFailure) -> Self { self }
    public func absorbing(_ merged: [Self]) -> Self { self }
}

extension AccountFields: ManagedRecord {
    /// The merged accounts' names and aliases become aliases, so they are still found by search (at most 20).
    public func absorbing(_ merged: [AccountFields]) -> AccountFields {
        var result = self
        for name in merged.flatMap({ [$0.name] + $0.aliases }) where name != self.name && !result.aliases.contains(name) {
            result.aliases.append(name)
        }
        result.aliases = Array(result.aliases.prefix(20))
        return result
    }
}
extension ContactFields: ManagedRecord {}
extension LeadFields: ManagedRecord {}

extension ActivityFields: ManagedRecord {
    /// An activity without a time happened now.
    public func prepared(previous: ActivityFields?, now: Date) throws(ValidationFailure) -> ActivityFields {
        var result = self
        result.occurredAt = occurredAt ?? previous?.occurredAt ?? now
        return result
    }
}

extension TaskFields: ManagedRecord {
    /// Completion time follows the status: set when it becomes done, cleared when reopened.
    public func prepared(previous: TaskFields?, now: Date) throws(ValidationFailure) -> TaskFields {
        var result = self
        if status == TaskStatus.done {
            result.completedAt = previous?.status == TaskStatus.done ? previous?.completedAt ?? now : now
        } else {
            result.completedAt = nil
        }
        return result
    }
}

extension OpportunityFields: ManagedRecord {
    /// The stage must belong to the pipeline; the probability comes from it.
    public func prepared(previous: OpportunityFields?, now: Date) throws(ValidationFailure) -> OpportunityFields {
        guard let pipeline = PipelineCatalog.pipeline(id: pipelineId) else {
            throw ValidationFailure([
                FieldError(
                    field: "pipelineId", code: .invalidChoice,
                    parameters: ["allowed": PipelineCatalog.all.map(\.id).joined(separator: ", ")])
            ])
        }
        return try placed(in: pipeline)
    }
}
