/// The kinds of business record the API, the pages and the store share.
public enum RecordKind: String, Sendable, CaseIterable, Codable {
    case account
    case contact
    case lead
    case opportunity
    case activity
    case task

    /// The plural used in URLs and tables, e.g. `accounts`, `opportunities`.
    public var plural: String {
        switch self {
        case .opportunity: "opportunities"
        case .activity: "activities"
        default: rawValue + "s"
        }
    }
}
