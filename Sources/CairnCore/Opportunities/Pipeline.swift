/// A sales process: ordered stages, each with a win probability.
public struct Pipeline: Sendable, Equatable, Codable {
    /// Stable id, e.g. `standard`.
    public var id: String
    /// Display name in Chinese.
    public var nameZh: String
    /// Display name in English.
    public var nameEn: String
    /// Stages in order; exactly one won and at least one lost stage.
    public var stages: [Stage]

    /// Creates a pipeline.
    public init(id: String, nameZh: String, nameEn: String, stages: [Stage]) {
        self.id = id
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.stages = stages
    }

    /// The stage with a key, if the pipeline has it.
    public func stage(_ key: StageKey) -> Stage? { stages.first { $0.key == key } }

    /// The first stage, where new opportunities start.
    public var firstStage: Stage { stages[0] }

    /// The default pipeline shipped with Cairn.
    public static let standard = Pipeline(
        id: "standard", nameZh: "标准销售流程", nameEn: "Standard sales process",
        stages: [
            Stage(key: "qualification", nameZh: "初步接触", nameEn: "Qualification", probability: 10),
            Stage(key: "needs_confirmed", nameZh: "需求确认", nameEn: "Needs confirmed", probability: 30),
            Stage(key: "proposal", nameZh: "方案报价", nameEn: "Proposal/quote", probability: 50),
            Stage(key: "negotiation", nameZh: "合同谈判", nameEn: "Negotiation", probability: 75),
            Stage(key: "won", nameZh: "赢单", nameEn: "Won", probability: 100, outcome: .won),
            Stage(key: "lost", nameZh: "输单", nameEn: "Lost", probability: 0, outcome: .lost),
        ])
}

/// One step of a pipeline.
public struct Stage: Sendable, Equatable, Codable {
    /// Stable key, e.g. `proposal`.
    public var key: StageKey
    /// Chinese name.
    public var nameZh: String
    /// English name.
    public var nameEn: String
    /// Win probability in percent.
    public var probability: Int
    /// Whether the stage closes the opportunity, and how.
    public var outcome: StageOutcome

    /// Creates a stage.
    public init(key: StageKey, nameZh: String, nameEn: String, probability: Int, outcome: StageOutcome = .open) {
        self.key = key
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.probability = probability
        self.outcome = outcome
    }
}

/// Whether a stage is open, won or lost.
public enum StageOutcome: String, Sendable, Codable {
    case open, won, lost
}
