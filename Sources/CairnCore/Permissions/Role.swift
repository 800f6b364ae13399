/// A role: which records its users see and change, and what else they may do.
public struct Role: Sendable, Equatable {
    /// Stable name, e.g. `sales`.
    public var name: String
    /// Which records users with this role may see and change.
    public var scope: RecordScope
    /// Extra rights.
    public var permissions: Set<Permission>

    /// Creates a role.
    public init(name: String, scope: RecordScope, permissions: Set<Permission>) {
        self.name = name
        self.scope = scope
        self.permissions = permissions
    }

    /// Whether the role holds a right.
    public func allows(_ permission: Permission) -> Bool { permissions.contains(permission) }

    /// The roles Cairn ships with. Deny by default: a role has only what is listed.
    public static let builtIn: [Role] = [
        Role(name: "admin", scope: .all, permissions: Set(Permission.allCases)),
        Role(name: "manager", scope: .team, permissions: [.deleteRecords, .reassignRecords]),
        Role(name: "sales", scope: .own, permissions: []),
        Role(name: "marketing", scope: .team, permissions: []),
        Role(name: "service", scope: .team, permissions: []),
        Role(name: "finance", scope: .team, permissions: []),
    ]

    /// A built-in role by name.
    public static func named(_ name: String) -> Role? { builtIn.first { $0.name == name } }
}

/// Which records a role reaches.
public enum RecordScope: String, Sendable, Codable, CaseIterable {
    /// Records the user owns.
    case own
    /// Records owned by anyone in the user's team.
    case team
    /// Every record.
    case all
}

/// Rights beyond reading and editing records in scope, one per use case; each is checked by the services that
/// need it (docs/DESIGN.md lists them with the service methods).
public enum Permission: String, Sendable, Codable, CaseIterable {
    /// Add users, list every user, move a user to another team.
    case manageUsers = "manage_users"
    /// Soft-delete records in scope.
    case deleteRecords = "delete_records"
    /// Give records to other users in scope.
    case reassignRecords = "reassign_records"
    /// Create a record over blocking duplicate matches.
    case overrideDuplicates = "override_duplicates"
    /// Merge duplicate records and undo a merge.
    case mergeRecords = "merge_records"
    /// Run duplicate scans and review their clusters.
    case reviewDuplicates = "review_duplicates"
    /// Change the duplicate-matching rules.
    case configureMatching = "configure_matching"
    /// Export data in bulk.
    case exportData = "export_data"
    /// See background jobs, retry and cancel them.
    case manageJobs = "manage_jobs"

    /// Whether the right administers Cairn rather than changing records in scope: an API token uses it only with
    /// the `admin` scope (`AccessGrant.allowsAdministration`).
    public var isAdministration: Bool {
        switch self {
        case .deleteRecords, .reassignRecords, .overrideDuplicates: false
        case .manageUsers, .mergeRecords, .reviewDuplicates, .configureMatching, .exportData, .manageJobs: true
        }
    }
}
