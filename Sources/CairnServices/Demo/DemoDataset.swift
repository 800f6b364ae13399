import CairnCore

/// Everything the demo generator makes, parents before children, ready to be written in one transaction.
struct DemoDataset: Sendable, Equatable {
    /// Companies, each with its owner.
    var accounts: [Stored<AccountFields>] = []
    /// People at those companies, owned by the account's owner.
    var contacts: [Stored<ContactFields>] = []
    /// Leads from the last 90 days, in every status.
    var leads: [Stored<LeadFields>] = []
    /// Deals on the accounts, across every stage of the standard pipeline.
    var opportunities: [Stored<OpportunityFields>] = []
    /// The stage history of every opportunity, from its first stage to its current one.
    var stageChanges: [StageChange] = []
    /// Calls, visits, WeChat messages, emails, meetings and notes from the last 180 days.
    var activities: [Stored<ActivityFields>] = []
    /// Follow-up tasks due from 20 days ago to 20 days ahead.
    var tasks: [Stored<TaskFields>] = []
}
