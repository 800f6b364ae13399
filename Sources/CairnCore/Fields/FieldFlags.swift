/// What else a declared field takes part in.
public struct FieldFlags: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Must have a value.
    public static let required = FieldFlags(rawValue: 1 << 0)
    /// Lists may filter on it by equality.
    public static let filter = FieldFlags(rawValue: 1 << 1)
    /// Lists may sort on it.
    public static let sort = FieldFlags(rawValue: 1 << 2)
    /// Its text is searchable.
    public static let search = FieldFlags(rawValue: 1 << 3)
    /// Set by Cairn, not by users: shown, never read from input.
    public static let output = FieldFlags(rawValue: 1 << 4)
    /// Personal data about a person (privacy requests, masking, export rules).
    public static let personal = FieldFlags(rawValue: 1 << 5)
    /// Optional on input but always stored (Cairn fills it in before a write).
    public static let alwaysStored = FieldFlags(rawValue: 1 << 6)
    /// An identity: no two live records of the kind share a value (a credit code). Checked on every write and held
    /// by a partial unique index over live rows; no role may override it.
    public static let unique = FieldFlags(rawValue: 1 << 7)
}

/// How much of a field a role sees and changes.
public enum FieldAccess: String, Sendable, Comparable, CaseIterable {
    case hidden, masked, read, edit

    public static func < (left: FieldAccess, right: FieldAccess) -> Bool {
        allCases.firstIndex(of: left)! < allCases.firstIndex(of: right)!
    }
}

/// The access each built-in role has to a field unless an admin changes it; roles not named get `fallback`.
public struct FieldAccessDefaults: Sendable, Equatable {
    /// Access by role name.
    public let byRole: [String: FieldAccess]
    /// Access of roles not named.
    public let fallback: FieldAccess

    /// Access for roles by name, and for the others.
    public init(_ byRole: [String: FieldAccess] = [:], others fallback: FieldAccess = .edit) {
        self.byRole = byRole
        self.fallback = fallback
    }

    /// The access of a role.
    public func access(for role: String) -> FieldAccess { byRole[role] ?? fallback }

    /// Everyone in scope reads and edits it.
    public static let open = FieldAccessDefaults()
    /// Set by Cairn: everyone reads it, nobody edits it.
    public static let readOnly = FieldAccessDefaults(others: .read)
    /// A person's contact details: those who work with customers edit them; marketing and finance see them
    /// masked (a mobile as 138****8000).
    public static let personal = FieldAccessDefaults(["marketing": .masked, "finance": .masked])
}
