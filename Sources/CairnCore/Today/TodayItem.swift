import Foundation

/// One thing a salesperson should do today, with what it is about and how long it has waited.
public struct TodayItem: Sendable, Equatable {
    /// Why the item is on the list, in the order they matter.
    public enum Reason: String, Sendable, CaseIterable, Comparable {
        /// A new lead nobody has contacted yet: the first minutes decide whether it converts.
        case leadAwaitingFirstContact = "lead_awaiting_first_contact"
        /// A customer wrote in and the last word is still theirs.
        case customerAwaitingReply = "customer_awaiting_reply"
        /// An open task whose due time has passed.
        case taskOverdue = "task_overdue"
        /// An open task due later today.
        case taskDueToday = "task_due_today"
        /// An open deal nobody has touched for a week.
        case dealWithoutActivity = "deal_without_activity"

        /// Position in the ranking (smaller first).
        public var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

        public static func < (left: Reason, right: Reason) -> Bool { left.rank < right.rank }
    }

    /// Why it is listed.
    public var reason: Reason
    /// The record to act on (lead, activity, task or opportunity id).
    public var recordId: String
    /// That record's version when the agenda was made: a one-click change carries it, so it never writes over a
    /// change the user has not seen.
    public var recordVersion: Int
    /// What it is: the lead's name, the customer's message, the task's title, the deal's name.
    public var title: String
    /// The account it belongs to, when there is one.
    public var accountId: String?
    /// That account's name, for display.
    public var accountName: String?
    /// The lead it belongs to, when there is one.
    public var leadId: String?
    /// The opportunity it belongs to, when there is one.
    public var opportunityId: String?
    /// Since when it waits: lead creation, the customer's message, the due time, the last activity.
    public var since: Date
    /// The deal amount, for deals.
    public var amount: Money?

    /// Creates an item.
    public init(
        reason: Reason, recordId: String, recordVersion: Int, title: String, accountId: String? = nil, accountName: String? = nil,
        leadId: String? = nil, opportunityId: String? = nil, since: Date, amount: Money? = nil
    ) {
        self.reason = reason
        self.recordId = recordId
        self.recordVersion = recordVersion
        self.title = title
        self.accountId = accountId
        self.accountName = accountName
        self.leadId = leadId
        self.opportunityId = opportunityId
        self.since = since
        self.amount = amount
    }
}
