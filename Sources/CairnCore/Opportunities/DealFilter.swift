/// Which deals a pipeline view shows within the user's scope: all of them, one owner's, or one team's.
public struct DealFilter: Sendable, Equatable {
    /// Only this owner's deals.
    public var ownerId: String?
    /// Only deals of this team.
    public var teamId: String?

    /// Creates a filter; nil parts do not filter.
    public init(ownerId: String? = nil, teamId: String? = nil) {
        self.ownerId = ownerId
        self.teamId = teamId
    }

    /// The equality filters of a record list.
    public var listFilters: [String: String] {
        var filters: [String: String] = [:]
        filters["ownerId"] = ownerId
        filters["teamId"] = teamId
        return filters
    }
}
