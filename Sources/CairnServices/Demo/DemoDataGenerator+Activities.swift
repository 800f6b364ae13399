import CairnCore
import Foundation

extension DemoDataGenerator {
    /// Interactions from the last 180 days, in office hours: most on accounts (often with a contact or one of the
    /// account's deals), about 15% on leads that have been worked. Each belongs to its account's or lead's owner.
    func makeActivities(
        in dataset: DemoDataset, _ random: inout SeededGenerator, _ ids: SeededIDGenerator
    ) -> [Stored<ActivityFields>] {
        guard !dataset.accounts.isEmpty else { return [] }
        let windowStart = nowMilliseconds - 180 * Self.day
        let contactsByAccount = Dictionary(grouping: dataset.contacts, by: \.fields.accountId)
        let dealsByAccount = Dictionary(grouping: dataset.opportunities, by: \.fields.accountId)
        let workedLeads = dataset.leads.filter { $0.fields.status != LeadStatus.new }
        let accountWeights = dataset.accounts.map { (value: $0, weight: Self.activityWeight(of: $0.fields)) }
        var activities: [Stored<ActivityFields>] = []
        activities.reserveCapacity(Self.activityCount)
        for _ in 0..<Self.activityCount {
            let kind = random.pick(weighted: Self.activityKinds)
            var fields = ActivityFields(
                kind: kind, subject: random.pick(DemoVocabulary.activitySubjects[kind.rawValue] ?? ["跟进客户"]))
            let parent: RecordMeta
            var window: ClosedRange<Int64>
            if !workedLeads.isEmpty && random.chance(0.15) {
                let lead = random.pick(workedLeads)
                fields.leadId = lead.id
                parent = lead.meta
                // Work on a lead stops once it is converted or disqualified.
                let settled = [LeadStatus.converted, LeadStatus.disqualified]
                let isSettled = settled.contains(lead.fields.status)
                let end = isSettled ? lead.meta.updatedAt.epochMilliseconds : nowMilliseconds
                window = max(windowStart, lead.meta.createdAt.epochMilliseconds)...end
            } else {
                let account = random.pick(weighted: accountWeights)
                fields.accountId = account.id
                parent = account.meta
                window = max(windowStart, account.meta.createdAt.epochMilliseconds)...nowMilliseconds
                if let people = contactsByAccount[account.id], !people.isEmpty, random.chance(0.65) {
                    fields.contactId = random.pick(people).id
                }
                if let deals = dealsByAccount[account.id], !deals.isEmpty, random.chance(0.45) {
                    let deal = random.pick(deals)
                    let isClosed = Pipeline.standard.stage(deal.fields.stage)?.outcome != .open
                    let start = max(window.lowerBound, deal.meta.createdAt.epochMilliseconds)
                    let end = isClosed ? deal.meta.updatedAt.epochMilliseconds : nowMilliseconds
                    if start <= end {
                        fields.opportunityId = deal.id
                        window = start...end
                    }
                }
            }
            let occurred = officeTime(in: window, &random)
            fields.occurredAt = Date(epochMilliseconds: occurred)
            if kind != .note && random.chance(0.32) {
                fields.rating = random.pick(weighted: Self.ratings)
            }
            fields.durationMinutes = duration(of: kind, &random)
            let stamps = meta(ids.next(), ownedLike: parent, created: occurred, updated: occurred)
            activities.append(Stored(meta: stamps, fields: checked(fields)))
        }
        activities += customerMessages(in: dataset, after: activities, &random, ids)
        return activities
    }

    /// A few customers per salesperson who wrote in during the last day and still wait for an answer: an inbound
    /// WeChat or email that is the newest activity on its account (what "waiting for a reply" on Today finds).
    private func customerMessages(
        in dataset: DemoDataset, after existing: [Stored<ActivityFields>], _ random: inout SeededGenerator,
        _ ids: SeededIDGenerator
    ) -> [Stored<ActivityFields>] {
        let latestByAccount = Dictionary(
            existing.compactMap { activity in activity.fields.accountId.map { ($0, activity.meta.createdAt) } },
            uniquingKeysWith: max)
        let contactsByAccount = Dictionary(grouping: dataset.contacts, by: \.fields.accountId)
        var messages: [Stored<ActivityFields>] = []
        for (_, owned) in Dictionary(grouping: dataset.accounts, by: \.meta.ownerId).sorted(by: { $0.key < $1.key }) {
            for account in owned.prefix(Self.waitingCustomersPerOwner) {
                let start = max(
                    nowMilliseconds - Self.day, account.meta.createdAt.epochMilliseconds,
                    (latestByAccount[account.id]?.epochMilliseconds ?? 0) + Self.minute)
                guard start < nowMilliseconds - Self.minute else { continue }
                let occurred = random.int64(in: start...(nowMilliseconds - Self.minute))
                let kind: ActivityKind = random.chance(0.7) ? .wechat : .email
                var fields = ActivityFields(
                    kind: kind, subject: random.pick(DemoVocabulary.customerMessages),
                    occurredAt: Date(epochMilliseconds: occurred), accountId: account.id,
                    direction: ActivityDirection.inbound)
                fields.contactId = contactsByAccount[account.id].map { random.pick($0).id }
                let stamps = meta(ids.next(), ownedLike: account.meta, created: occurred, updated: occurred)
                messages.append(Stored(meta: stamps, fields: checked(fields)))
            }
        }
        return messages
    }

    /// Minutes spent, for the kinds that take time: calls, visits and meetings.
    private func duration(of kind: ActivityKind, _ random: inout SeededGenerator) -> Int? {
        switch kind {
        case .call: random.int(in: 2...45)
        case .visit: random.int(in: 30...180)
        case .meeting: random.int(in: 30...150)
        default: nil
        }
    }

    /// How much is going on with an account: bigger and active customers see more activity.
    private static func activityWeight(of account: AccountFields) -> Int {
        let tierWeight: [AccountTier: Int] = [.s: 5, .a: 4, .b: 2]
        let statusWeight: [AccountStatus: Int] = [.active: 4, .prospect: 3]
        return (account.tier.flatMap { tierWeight[$0] } ?? 1) * (statusWeight[account.status] ?? 1)
    }

    private static let activityKinds: [(value: ActivityKind, weight: Int)] = [
        (.call, 34), (.wechat, 26), (.visit, 15), (.email, 11), (.meeting, 8), (.note, 6),
    ]

    private static let ratings: [(value: ActivityRating, weight: Int)] = [
        (.satisfied, 55), (.neutral, 35), (.dissatisfied, 10),
    ]
}
