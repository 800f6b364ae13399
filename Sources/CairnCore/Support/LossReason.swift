/// Why an opportunity was lost; the raw value is the stable stored and API form.
public enum LossReason: String, Choice {
    /// The price was too high.
    case price
    /// The customer chose a competitor.
    case competitor
    /// The customer had no budget.
    case noBudget = "no_budget"
    /// The customer never reached a decision.
    case noDecision = "no_decision"
    /// The timing was wrong.
    case timing
    /// The product did not fit the need.
    case productFit = "product_fit"
    /// The relationship with the decision makers was not strong enough.
    case relationship
    /// Anything else.
    case other

    /// The Chinese display name.
    public var nameZh: String {
        switch self {
        case .price: "价格过高"
        case .competitor: "选择了竞争对手"
        case .noBudget: "没有预算"
        case .noDecision: "客户未决策"
        case .timing: "时机不对"
        case .productFit: "产品不匹配"
        case .relationship: "关系不到位"
        case .other: "其他"
        }
    }

    /// The English display name.
    public var nameEn: String {
        switch self {
        case .price: "Price too high"
        case .competitor: "Chose a competitor"
        case .noBudget: "No budget"
        case .noDecision: "No decision made"
        case .timing: "Bad timing"
        case .productFit: "Product not a fit"
        case .relationship: "Relationship not strong enough"
        case .other: "Other"
        }
    }
}
