import CairnCore
import SQLKit

extension Visibility {
    /// Record scope as SQL: the one condition every store that reads records filters by (lists, look-ups,
    /// references, Today, the team week, board totals, duplicate findings, scan clusters). A team reaches the records
    /// whose `team_id` is its own: the owner's current team, written with the record and kept in step when the owner
    /// changes team, so the condition stays one indexed equality. `alias` names the table when a query joins others.
    func condition(on alias: String? = nil) -> SQLQueryString {
        let prefix = alias.map { "\($0)." } ?? ""
        switch self {
        case .everything: return "1 = 1"
        case .team(let team): return "\(unsafeRaw: prefix)team_id = \(bind: team)"
        case .owner(let owner): return "\(unsafeRaw: prefix)owner_id = \(bind: owner)"
        }
    }
}
