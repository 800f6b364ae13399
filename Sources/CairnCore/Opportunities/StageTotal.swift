/// How many live deals each stage holds and what they are worth, within a scope.
public struct StageTotal: Sendable, Equatable {
    /// The stage key.
    public var stage: StageKey
    /// The currency the amount is in.
    public var currency: String
    /// How many deals.
    public var count: Int
    /// Their total, in minor units.
    public var amountMinor: Int64

    /// Creates a total.
    public init(stage: StageKey, currency: String, count: Int, amountMinor: Int64) {
        self.stage = stage
        self.currency = currency
        self.count = count
        self.amountMinor = amountMinor
    }
}
