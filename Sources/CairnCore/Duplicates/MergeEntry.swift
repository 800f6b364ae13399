import Foundation

/// One merge as stored: who merged what into which survivor, and the rows as they were before.
public struct MergeEntry: Sendable, Equatable {
    public var id: String
    /// The kind of the merged records (`account`).
    public var entity: String
    public var survivorId: String
    public var mergedIds: [String]
    /// Every changed record before the merge, as JSON arrays by kind.
    public var snapshot: [String: String]
    /// Each changed record's version right after the merge (undo refuses once one has moved on).
    public var versionsAfter: [String: Int]
    public var mergedAt: Date
    public var mergedBy: String
    public var undoneAt: Date?
    public var undoneBy: String?

    public init(
        id: String, entity: String, survivorId: String, mergedIds: [String], snapshot: [String: String],
        versionsAfter: [String: Int], mergedAt: Date, mergedBy: String, undoneAt: Date? = nil, undoneBy: String? = nil
    ) {
        self.id = id
        self.entity = entity
        self.survivorId = survivorId
        self.mergedIds = mergedIds
        self.snapshot = snapshot
        self.versionsAfter = versionsAfter
        self.mergedAt = mergedAt
        self.mergedBy = mergedBy
        self.undoneAt = undoneAt
        self.undoneBy = undoneBy
    }
}
