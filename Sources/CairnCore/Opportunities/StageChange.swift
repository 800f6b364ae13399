import Foundation

/// One move of an opportunity from a stage to another, kept forever so dwell times are exact.
public struct StageChange: Sendable, Equatable, Codable {
    /// The change's id.
    public var id: String
    /// The opportunity moved.
    public var opportunityId: String
    /// Stage before the move; nil for the opportunity's first stage.
    public var fromStage: StageKey?
    /// Stage after the move.
    public var toStage: StageKey
    /// When the move happened.
    public var changedAt: Date
    /// Who moved it.
    public var changedBy: String

    /// Creates a stage change.
    public init(id: String, opportunityId: String, fromStage: StageKey?, toStage: StageKey, changedAt: Date, changedBy: String) {
        self.id = id
        self.opportunityId = opportunityId
        self.fromStage = fromStage
        self.toStage = toStage
        self.changedAt = changedAt
        self.changedBy = changedBy
    }
}
