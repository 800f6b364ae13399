import CairnCore
import Foundation

extension DemoDataGenerator {
    /// Follow-ups due from 20 days ago to 20 days ahead; every owner gets two due today and two overdue so their
    /// "Today" page has content. Past ones are mostly done, future ones mostly open.
    func makeTasks(
        in dataset: DemoDataset, _ random: inout SeededGenerator, _ ids: SeededIDGenerator
    ) -> [Stored<TaskFields>] {
        guard !dataset.accounts.isEmpty else { return [] }
        let accountsByOwner = Dictionary(grouping: dataset.accounts, by: \.meta.ownerId)
        let contactsByAccount = Dictionary(grouping: dataset.contacts, by: \.fields.accountId)
        let dealsByAccount = Dictionary(
            grouping: dataset.opportunities.filter {
                Pipeline.standard.stage($0.fields.stage)?.outcome == .open
            }, by: \.fields.accountId)
        let stillOpen = [LeadStatus.new, LeadStatus.accepted, LeadStatus.qualified]
        let openLeads = dataset.leads.filter { stillOpen.contains($0.fields.status) }
        let today = chinaDayStart(of: nowMilliseconds)
        var tasks: [Stored<TaskFields>] = []

        func accountTask(_ account: Stored<AccountFields>, due: Int64, status: TaskStatus) -> Stored<TaskFields> {
            var fields = taskFields(due: due, status: status, &random)
            fields.accountId = account.id
            if let deals = dealsByAccount[account.id], !deals.isEmpty, random.chance(0.5) {
                fields.opportunityId = random.pick(deals).id
            }
            if let people = contactsByAccount[account.id], !people.isEmpty, random.chance(0.3) {
                fields.contactId = random.pick(people).id
            }
            return stamped(fields, parent: account.meta, &random, ids)
        }

        for owner in owners {
            guard let owned = accountsByOwner[owner.id], !owned.isEmpty else { continue }
            let daysOverdue = [0, 0, random.int64(in: 1...3), random.int64(in: 4...10)]
            for days in daysOverdue {
                let due = today - days * Self.day + halfHourSlot(&random)
                tasks.append(accountTask(random.pick(owned), due: due, status: .open))
            }
        }
        while tasks.count < Self.taskCount {
            let due = chinaDayStart(of: nowMilliseconds + random.int64(in: -19...19) * Self.day) + halfHourSlot(&random)
            let status = random.pick(weighted: due < nowMilliseconds ? Self.pastTaskStatuses : Self.futureTaskStatuses)
            if !openLeads.isEmpty && random.chance(0.1) {
                let lead = random.pick(openLeads)
                var fields = taskFields(due: due, status: status, &random)
                fields.leadId = lead.id
                tasks.append(stamped(fields, parent: lead.meta, &random, ids))
            } else {
                tasks.append(accountTask(random.pick(dataset.accounts), due: due, status: status))
            }
        }
        return tasks
    }

    /// An office-hours time of day, 09:00 to 18:00 China time on the half hour, as an offset from local midnight.
    private func halfHourSlot(_ random: inout SeededGenerator) -> Int64 {
        random.int64(in: 18...36) * 30 * Self.minute
    }

    /// The task's content without links; `completedAt` is set later from its history.
    private func taskFields(due: Int64, status: TaskStatus, _ random: inout SeededGenerator) -> TaskFields {
        TaskFields(
            title: random.pick(DemoVocabulary.taskTitles),
            description: random.chance(0.3) ? random.pick(Self.taskDescriptions) : nil,
            dueAt: Date(epochMilliseconds: due), status: status,
            priority: random.pick(weighted: Self.priorities))
    }

    /// The task with its owner's stamps: created days before it was due (never before its parent, never after now),
    /// completed or cancelled afterwards.
    private func stamped(
        _ task: TaskFields, parent: RecordMeta, _ random: inout SeededGenerator, _ ids: SeededIDGenerator
    ) -> Stored<TaskFields> {
        var fields = task
        let due = fields.dueAt?.epochMilliseconds ?? nowMilliseconds
        let planned = min(
            due - random.int64(in: Self.day...(14 * Self.day)),
            nowMilliseconds - random.int64(in: (10 * Self.minute)...(2 * Self.day)))
        let created = min(max(planned, parent.createdAt.epochMilliseconds), nowMilliseconds)
        var updated = created
        switch fields.status {
        case TaskStatus.done:
            let finished = random.int64(in: created...min(nowMilliseconds, max(created, due + 2 * Self.day)))
            fields.completedAt = Date(epochMilliseconds: finished)
            updated = finished
        case TaskStatus.cancelled:
            updated = random.int64(in: created...nowMilliseconds)
        default:
            break
        }
        let stamps = meta(ids.next(), ownedLike: parent, created: created, updated: updated)
        return Stored(meta: stamps, fields: checked(fields))
    }

    private static let pastTaskStatuses: [(value: TaskStatus, weight: Int)] = [(.done, 55), (.open, 35), (.cancelled, 10)]

    private static let futureTaskStatuses: [(value: TaskStatus, weight: Int)] = [(.open, 88), (.done, 8), (.cancelled, 4)]

    private static let priorities: [(value: TaskPriority, weight: Int)] = [(.low, 20), (.normal, 55), (.high, 25)]

    private static let taskDescriptions = [
        "客户要求本周内回复", "注意同时对接采购和技术负责人", "带上最新的行业案例资料", "提前确认会议室和参会人员",
        "同步给售前工程师准备演示环境", "确认对方财务的付款审批流程",
    ]
}
