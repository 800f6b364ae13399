/// What a credential may do, always within its user's role: a browser session (and the CLI) may do everything the
/// role allows; an API token only what its scopes name. The one place that answers "may this credential read or
/// write this kind": the API gate, the record services and the unit of work all ask it.
public struct AccessGrant: Sendable, Equatable {
    /// The scopes; `admin` covers the rest.
    public var scopes: Set<TokenScope>

    /// Creates a grant of some scopes.
    public init(_ scopes: Set<TokenScope>) { self.scopes = scopes }

    /// Everything the role allows (sessions, the CLI, the system).
    public static let full = AccessGrant([.admin])

    /// Whether the credential may read (or write) records of a kind; `kind` nil for what belongs to no kind (the
    /// pipeline's stages, saved views, a merge), which reading needs any scope and writing the general `write`.
    public func allows(_ access: TokenScope.Access, on kind: RecordKind?) -> Bool {
        if scopes.contains(.admin) || scopes.contains(.write) { return true }
        switch access {
        case .read:
            if scopes.contains(.read) { return true }
            guard let kind else { return !scopes.isEmpty }
            return scopes.contains(.kind(kind, .read)) || scopes.contains(.kind(kind, .write))
        case .write:
            guard let kind else { return false }
            return scopes.contains(.kind(kind, .write))
        }
    }

    /// Whether any write at all may be made with the credential (a `read` token may make none).
    public var allowsAnyWrite: Bool {
        scopes.contains { scope in
            switch scope {
            case .admin, .write: true
            case .kind(_, let access): access == .write
            case .read: false
            }
        }
    }

    /// Whether the credential may use the role's administrative rights (users, jobs, matching rules, merges,
    /// duplicate review, exports, its own tokens).
    public var allowsAdministration: Bool { scopes.contains(.admin) }

    /// The scopes as stored and shown, in a stable order: `read write admin accounts:read …`.
    public var text: String { scopes.map(\.text).sorted(by: TokenScope.displayOrder).joined(separator: " ") }

    /// Parses stored or submitted scopes separated by spaces or commas; nil when one is unknown or none is given.
    public init?(text: String) {
        let words = text.split { $0 == " " || $0 == "," }
        var scopes: Set<TokenScope> = []
        for word in words {
            guard let scope = TokenScope(String(word)) else { return nil }
            scopes.insert(scope)
        }
        guard !scopes.isEmpty else { return nil }
        self.scopes = scopes
    }
}

/// One thing an API token may do: `read`, `write` (and read) every kind, `admin` (everything the role allows), or
/// read or write one kind (`accounts:read`, `opportunities:write`).
public enum TokenScope: Hashable, Sendable {
    /// Reading or changing.
    public enum Access: String, Sendable, CaseIterable {
        case read
        case write
    }

    case read
    case write
    case admin
    case kind(RecordKind, Access)

    /// Every scope a token may be given, general ones first.
    public static let all: [TokenScope] =
        [.read, .write, .admin]
        + RecordKind.allCases.flatMap { kind in Access.allCases.map { TokenScope.kind(kind, $0) } }

    /// The scope named `read`, `write`, `admin` or `<kinds>:<read|write>`.
    public init?(_ text: String) {
        switch text {
        case "read": self = .read
        case "write": self = .write
        case "admin": self = .admin
        default:
            let parts = text.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2, let kind = RecordKind.allCases.first(where: { $0.plural == parts[0] }),
                let access = Access(rawValue: String(parts[1]))
            else { return nil }
            self = .kind(kind, access)
        }
    }

    /// Whether the scope names one kind (`accounts:read`) rather than every kind.
    public var isKindScope: Bool {
        if case .kind = self { return true }
        return false
    }

    /// The scope's name.
    public var text: String {
        switch self {
        case .read: "read"
        case .write: "write"
        case .admin: "admin"
        case .kind(let kind, let access): kind.plural + ":" + access.rawValue
        }
    }

    /// Sorts names as `all` lists them.
    static func displayOrder(_ left: String, _ right: String) -> Bool {
        let order = all.map(\.text)
        return (order.firstIndex(of: left) ?? order.count) < (order.firstIndex(of: right) ?? order.count)
    }
}
