import CairnCore
import Foundation
import Testing

@testable import CairnServices

struct DemoDataGeneratorTests {
    static let now = Date(epochMilliseconds: 1_767_000_000_123)
    static let users = [
        User(id: "u-admin", email: "admin@example.cn", name: "系统管理员", role: "admin", teamId: nil, createdAt: now),
        User(id: "u-m1", email: "m1@example.cn", name: "周敏", role: "manager", teamId: "t-east", createdAt: now),
        User(id: "u-s1", email: "s1@example.cn", name: "王磊", role: "sales", teamId: "t-east", createdAt: now),
        User(id: "u-s2", email: "s2@example.cn", name: "陈静", role: "sales", teamId: "t-east", createdAt: now),
        User(id: "u-mk", email: "mk@example.cn", name: "徐婷", role: "marketing", teamId: "t-east", createdAt: now),
        User(id: "u-m2", email: "m2@example.cn", name: "黄志强", role: "manager", teamId: "t-south", createdAt: now),
        User(id: "u-s3", email: "s3@example.cn", name: "林晓燕", role: "sales", teamId: "t-south", createdAt: now),
        User(id: "u-s4", email: "s4@example.cn", name: "刘洋", role: "sales", teamId: "t-north", createdAt: now),
    ]
    static let generator = DemoDataGenerator(seed: 2026, now: now, users: users)
    static let dataset = generator.make()

    @Test("The same seed, time and users give the same dataset")
    func deterministic() {
        let again = DemoDataGenerator(seed: 2026, now: Self.now, users: Self.users).make()
        let dataset = Self.dataset
        #expect(again.accounts.count == dataset.accounts.count)
        #expect(again.stageChanges.count == dataset.stageChanges.count)
        #expect(again.accounts.first == dataset.accounts.first)
        #expect(again.leads.last == dataset.leads.last)
        #expect(again.opportunities.first == dataset.opportunities.first)
        #expect(again.activities.last == dataset.activities.last)
        #expect(again.tasks.last == dataset.tasks.last)
        #expect(again == dataset)
        let other = DemoDataGenerator(seed: 7, now: Self.now, users: Self.users).make()
        #expect(other.accounts.first?.fields.name != dataset.accounts.first?.fields.name)
    }

    @Test("Volumes meet the demo's minimums")
    func volumes() {
        let dataset = Self.dataset
        #expect(dataset.accounts.count >= 200)
        #expect(dataset.contacts.count >= 500)
        #expect(dataset.leads.count >= 1_000)
        #expect(dataset.opportunities.count >= 300)
        #expect(dataset.activities.count >= 5_000)
        #expect((350...450).contains(dataset.tasks.count))
    }

    @Test("Every record is already what validation makes of it")
    func normalized() {
        let dataset = Self.dataset
        #expect(Self.unnormalized(dataset.accounts).isEmpty)
        #expect(Self.unnormalized(dataset.contacts).isEmpty)
        #expect(Self.unnormalized(dataset.leads).isEmpty)
        #expect(Self.unnormalized(dataset.opportunities).isEmpty)
        #expect(Self.unnormalized(dataset.activities).isEmpty)
        #expect(Self.unnormalized(dataset.tasks).isEmpty)
        let misplaced = dataset.opportunities.filter { (try? $0.fields.placed(in: .standard)) != $0.fields }
        #expect(misplaced.isEmpty)
    }

    @Test("Phones are E.164 as stored, ids are unique lower-case UUIDv7s")
    func phonesAndIds() {
        let dataset = Self.dataset
        let phones =
            dataset.accounts.compactMap(\.fields.phone)
            + dataset.contacts.flatMap { [$0.fields.mobile, $0.fields.phone].compactMap { $0 } }
            + dataset.leads.flatMap { [$0.fields.mobile, $0.fields.phone].compactMap { $0 } }
        #expect(phones.allSatisfy { PhoneNumber($0)?.e164 == $0 })
        #expect(dataset.leads.allSatisfy { $0.fields.mobile != nil })
        let ids =
            dataset.accounts.map(\.id) + dataset.contacts.map(\.id) + dataset.leads.map(\.id)
            + dataset.opportunities.map(\.id) + dataset.stageChanges.map(\.id) + dataset.activities.map(\.id)
            + dataset.tasks.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { UUID(uuidString: $0)?.uuidString.lowercased() == $0 })
        #expect(ids.allSatisfy { Array($0)[14] == "7" && "89ab".contains(Array($0)[19]) })
    }

    @Test("Accounts have unique names, valid local credit codes and spread over provinces and industries")
    func accounts() {
        let accounts = Self.dataset.accounts
        #expect(Set(accounts.map(\.fields.name)).count == accounts.count)
        let codes = accounts.compactMap(\.fields.creditCode)
        #expect(codes.count < accounts.count && codes.count >= accounts.count * 8 / 10)
        for account in accounts {
            guard let code = account.fields.creditCode else { continue }
            #expect(CreditCode(code)?.value == code)
            #expect(code.hasPrefix("91"))
            let city = account.fields.province.flatMap(Province.named)?.city(named: account.fields.city ?? "")
            #expect(city?.code == String(Array(code)[2..<8]))
        }
        #expect(Set(accounts.compactMap(\.fields.province)).count >= 15)
        #expect(Set(accounts.compactMap(\.fields.industry)).count >= 8)
        #expect(accounts.allSatisfy { $0.fields.source != LeadSource.import })
    }

    @Test("Records belong to sales reps and managers, children to their parent's owner, and nothing is in the future")
    func ownership() {
        let dataset = Self.dataset
        let owners = Set(Self.users.filter { $0.role == "sales" || $0.role == "manager" }.map(\.id))
        let metas =
            dataset.accounts.map(\.meta) + dataset.contacts.map(\.meta) + dataset.leads.map(\.meta)
            + dataset.opportunities.map(\.meta) + dataset.activities.map(\.meta) + dataset.tasks.map(\.meta)
        #expect(metas.allSatisfy { owners.contains($0.ownerId) && $0.createdBy == $0.ownerId && $0.version == 1 })
        #expect(metas.allSatisfy { $0.createdAt <= $0.updatedAt && $0.updatedAt <= Self.now })
        let teams = Dictionary(uniqueKeysWithValues: Self.users.map { ($0.id, $0.teamId) })
        #expect(metas.allSatisfy { teams[$0.ownerId] == $0.teamId })
        let accountOwners = Dictionary(uniqueKeysWithValues: dataset.accounts.map { ($0.id, $0.meta.ownerId) })
        #expect(dataset.contacts.allSatisfy { accountOwners[$0.fields.accountId] == $0.meta.ownerId })
        #expect(dataset.opportunities.allSatisfy { accountOwners[$0.fields.accountId] == $0.meta.ownerId })
        let contactAccounts = Dictionary(uniqueKeysWithValues: dataset.contacts.map { ($0.id, $0.fields.accountId) })
        #expect(
            dataset.opportunities.allSatisfy { deal in
                deal.fields.contactId.map { contactAccounts[$0] == deal.fields.accountId } ?? true
            })
    }

    @Test("Every opportunity's stage history runs from the first stage to its current one")
    func stageHistory() {
        let dataset = Self.dataset
        let history = Dictionary(grouping: dataset.stageChanges, by: \.opportunityId)
        for deal in dataset.opportunities {
            let changes = history[deal.id] ?? []
            #expect(changes.first?.fromStage == nil)
            #expect(changes.first?.toStage == Pipeline.standard.firstStage.key)
            #expect(changes.last?.toStage == deal.fields.stage)
            #expect(changes.first?.changedAt == deal.meta.createdAt)
            for (previous, next) in zip(changes, changes.dropFirst()) {
                #expect(next.fromStage == previous.toStage)
                #expect(next.changedAt > previous.changedAt)
            }
            #expect(changes.allSatisfy { $0.changedBy == deal.meta.ownerId && $0.changedAt <= deal.meta.updatedAt })
            let amount = deal.fields.amount.minorUnits
            #expect(amount >= 3_000_000 && amount <= 300_000_000 && amount % 10_000 == 0)
        }
        let stages = Set(dataset.opportunities.map(\.fields.stage))
        #expect(stages == Set(Pipeline.standard.stages.map(\.key)))
    }

    @Test("Activities fall within the 180 days before now")
    func activities() {
        let earliest = Self.now.addingTimeInterval(-180 * 86_400)
        for activity in Self.dataset.activities {
            let occurred = activity.fields.occurredAt ?? .distantFuture
            #expect(occurred >= earliest && occurred <= Self.now)
            #expect(activity.meta.createdAt == occurred)
        }
        let onLeads = Self.dataset.activities.filter { $0.fields.leadId != nil }.count
        #expect((500...1_100).contains(onLeads))
    }

    @Test("Every sales rep has tasks due today and overdue")
    func todayTasks() {
        let today = Self.generator.chinaDayStart(of: Self.now.epochMilliseconds)
        let open = Self.dataset.tasks.filter { $0.fields.status == TaskStatus.open }
        for rep in Self.users where rep.role == "sales" {
            let dues = open.filter { $0.meta.ownerId == rep.id }.compactMap { $0.fields.dueAt?.epochMilliseconds }
            #expect(dues.contains { $0 >= today && $0 < today + DemoDataGenerator.day })
            #expect(dues.contains { $0 < today })
        }
        let done = Self.dataset.tasks.filter { $0.fields.status == TaskStatus.done }
        #expect(done.allSatisfy { $0.fields.completedAt != nil })
    }

    private static func unnormalized<Fields: RecordFields>(_ records: [Stored<Fields>]) -> [String] {
        records.filter { (try? $0.fields.validated()) != $0.fields }.map(\.id)
    }
}
