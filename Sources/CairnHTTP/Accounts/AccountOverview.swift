import CairnCore
import Foundation

/// Everything the account page shows, gathered once: the account, its people, deals, and one timeline.
struct AccountOverview: Sendable {
    let account: Stored<AccountFields>
    let ownerName: String
    let contacts: [Stored<ContactFields>]
    let opportunities: [Stored<OpportunityFields>]
    let activities: [Stored<ActivityFields>]
    let tasks: [Stored<TaskFields>]
    /// When the page is shown (tasks due later are "coming up", not history).
    let now: Date

    /// Activities, tasks, deals opened and the account's creation, newest first.
    func timeline(_ language: Language) -> Timeline {
        let created = Timeline.Entry(
            kind: .created, at: account.meta.createdAt, label: MessageCatalog.text("web.timeline.created", language),
            text: account.fields.name, detail: AccountChoices.sourceName(account.fields.source, language))
        return Timeline(
            activities: activities, tasks: tasks, opportunities: opportunities, created: created, now: now, language)
    }
}
