import CairnCore

extension Sequence where Element == User {
    /// Display names by user id, for owner columns.
    var namesByID: [String: String] { Dictionary(map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }) }
}

extension Sequence where Element == Team {
    /// Team names by id.
    var namesByID: [String: String] { Dictionary(map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }) }
}
