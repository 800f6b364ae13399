import CairnCore
import CairnMatching

/// An existing record the one being entered looks like, as a user who may see it is told about it.
public struct DuplicateMatch: Sendable, Equatable {
    /// The kind of the existing record.
    public var kind: RecordKind
    /// Its id.
    public var id: String
    /// Its name.
    public var name: String
    /// Its score against the new record.
    public var score: Double
    /// Whether it refuses the creation.
    public var blocks: Bool
    /// Why it looks the same.
    public var reasons: [MatchReason]
}

/// What a duplicate check found: the matches the user may see, and how many more exist out of their sight.
public struct DuplicateFindings: Sendable, Equatable {
    /// Matches within the user's scope, blocking ones first.
    public var visible: [DuplicateMatch]
    /// Matches the user may not see (counted, never shown).
    public var hiddenCount: Int
    /// Ids of the matches, seen or not, that block (for the audit of an override).
    var blockingIds: [String]

    /// Nothing found.
    public static let none = DuplicateFindings(visible: [], hiddenCount: 0, blockingIds: [])

    /// Whether any match, seen or not, blocks.
    public var blocks: Bool { !blockingIds.isEmpty }

    /// Whether anything was found.
    public var isEmpty: Bool { visible.isEmpty && hiddenCount == 0 }
}

/// What a creation does about duplicates it finds.
public enum DuplicatePolicy: Sendable, Equatable {
    /// Blocking matches refuse; warnings are returned with the new record (the API, imports).
    case refuseBlocking
    /// Any match refuses, so a person sees the warnings before confirming (the first submit of a form).
    case refuseAny
    /// Create even over blocking matches: needs the override right, and the override is audited.
    case override
}
