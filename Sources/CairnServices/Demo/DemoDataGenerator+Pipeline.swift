import CairnCore
import Foundation

extension DemoDataGenerator {
    /// Deals on the accounts across every stage of the standard pipeline (more in the early ones), each with its
    /// full stage history from the first stage to where it stands now.
    func makeOpportunities(
        accounts: [Stored<AccountFields>], contacts: [Stored<ContactFields>], _ random: inout SeededGenerator,
        _ ids: SeededIDGenerator
    ) -> (opportunities: [Stored<OpportunityFields>], stageChanges: [StageChange]) {
        guard !accounts.isEmpty else { return ([], []) }
        let contactsByAccount = Dictionary(grouping: contacts, by: \.fields.accountId)
        let accountWeights = accounts.map { (value: $0, weight: Self.dealWeight(of: $0.fields)) }
        var opportunities: [Stored<OpportunityFields>] = []
        var changes: [StageChange] = []
        for _ in 0..<Self.opportunityCount {
            let account = random.pick(weighted: accountWeights)
            let path = stagePath(&random)
            let current = Pipeline.standard.stage(path[path.count - 1]) ?? Pipeline.standard.firstStage
            let times = stageTimes(
                moves: path.count - 1, after: account.meta.createdAt, isClosed: current.outcome != .open, &random)
            var contactId: String?
            if let people = contactsByAccount[account.id], !people.isEmpty { contactId = random.pick(people).id }
            let product = random.pick(DemoVocabulary.opportunityProducts)
            let closeDate =
                current.outcome == .open
                ? nowMilliseconds + random.int64(in: 7...120) * Self.day : times.updated
            let fields = OpportunityFields(
                accountId: account.id, contactId: contactId,
                name: "\(account.fields.aliases.first ?? account.fields.name) \(product)",
                amount: amount(tier: account.fields.tier, &random), stage: current.key,
                probability: current.probability, expectedCloseDate: dateText(closeDate),
                lossReason: current.outcome == .lost ? random.pick(weighted: Self.lossReasons) : nil,
                notes: random.chance(0.1) ? random.pick(Self.opportunityNotes) : nil)
            let stamps = meta(ids.next(), ownedLike: account.meta, created: times.created, updated: times.updated)
            for (index, stage) in path.enumerated() {
                changes.append(
                    StageChange(
                        id: ids.next(), opportunityId: stamps.id, fromStage: index == 0 ? nil : path[index - 1],
                        toStage: stage, changedAt: Date(epochMilliseconds: times.changes[index]), changedBy: stamps.ownerId))
            }
            opportunities.append(Stored(meta: stamps, fields: checked(fields)))
        }
        return (opportunities, changes)
    }

    /// The stage keys a deal went through, first stage first: open deals stop at their stage, won deals pass every
    /// open stage, lost deals leave for the lost stage from the stage they reached.
    func stagePath(_ random: inout SeededGenerator) -> [StageKey] {
        let stages = Pipeline.standard.stages
        let open = stages.filter { $0.outcome == .open }.map(\.key)
        let won = stages.first { $0.outcome == .won }?.key
        let lost = stages.first { $0.outcome == .lost }?.key
        switch random.pick(weighted: Self.dealOutcomes) {
        case .won:
            if let won { return open + [won] }
        case .lost:
            if let lost {
                let reached = random.pick(weighted: Self.lostAfterStage.filter { $0.value < open.count })
                return Array(open.prefix(reached + 1)) + [lost]
            }
        case .open:
            break
        }
        let reached = random.pick(weighted: Self.openStageShares.filter { $0.value < open.count })
        return Array(open.prefix(reached + 1))
    }

    /// When a deal was created, each stage change, and its last update, all in milliseconds and strictly increasing.
    ///
    /// Each move takes days to weeks; open deals last moved within the past weeks, closed deals closed within five
    /// months. Nothing happens before the account existed or after now.
    private func stageTimes(
        moves: Int, after accountCreated: Date, isClosed: Bool, _ random: inout SeededGenerator
    ) -> (created: Int64, changes: [Int64], updated: Int64) {
        let earliest = accountCreated.epochMilliseconds + Self.day
        var end = nowMilliseconds - (isClosed ? random.int64(in: 1...150) : random.int64(in: 0...25)) * Self.day
        end -= random.int64(in: 0...(Self.day - 1))
        let steps = (0..<moves).map { _ in random.int64(in: (4 * Self.day)...(25 * Self.day)) }
        let span = moves == 0 ? random.int64(in: 0...20) * Self.day : steps.reduce(0, +)
        var start = max(end - span, earliest)
        if end <= start { end = min(nowMilliseconds, start + Int64(moves + 1) * Self.hour) }
        start = min(start, end)
        guard moves > 0 else { return (start, [start], end) }
        // When the account is too young for the drawn durations, every step shrinks in proportion.
        let total = Double(steps.reduce(0, +))
        let window = Double(end - start)
        var changes = [start]
        var elapsed: Int64 = 0
        for step in steps {
            elapsed += step
            let scaled = start + Int64((Double(elapsed) / total * window).rounded(.down))
            changes.append(max(scaled, changes[changes.count - 1] + 1))
        }
        changes[changes.count - 1] = max(end, changes[changes.count - 2] + 1)
        return (start, changes, changes[changes.count - 1])
    }

    /// A deal size in minor units: 30,000 to 3,000,000 yuan in whole hundreds, log-uniform, larger for better tiers.
    private func amount(tier: AccountTier?, _ random: inout SeededGenerator) -> Money {
        let hundreds: ClosedRange<Double>
        switch tier {
        case .s: hundreds = 2_000...30_000
        case .a: hundreds = 800...20_000
        case .b: hundreds = 300...8_000
        default: hundreds = 300...3_000
        }
        let exponent = log(hundreds.lowerBound) + random.unit() * (log(hundreds.upperBound) - log(hundreds.lowerBound))
        let whole = min(max(Int64(exp(exponent).rounded()), 300), 30_000)
        return Money(minorUnits: whole * 100 * 100, currency: "CNY")
    }

    /// How likely an account is to have a deal: bigger and livelier customers have more.
    private static func dealWeight(of account: AccountFields) -> Int {
        let tierWeight: [AccountTier: Int] = [.s: 6, .a: 4, .b: 2]
        let statusWeight: [AccountStatus: Int] = [.active: 6, .prospect: 4, .dormant: 2]
        return (account.tier.flatMap { tierWeight[$0] } ?? 1) * (statusWeight[account.status] ?? 1)
    }

    private static let dealOutcomes: [(value: StageOutcome, weight: Int)] = [(.open, 232), (.won, 48), (.lost, 40)]

    /// Shares of open deals by the index of their open stage: the funnel narrows.
    private static let openStageShares: [(value: Int, weight: Int)] = [(0, 80), (1, 62), (2, 52), (3, 38)]

    /// Shares of lost deals by the index of the open stage they had reached.
    private static let lostAfterStage: [(value: Int, weight: Int)] = [(0, 30), (1, 30), (2, 25), (3, 15)]

    private static let lossReasons: [(value: LossReason, weight: Int)] = [
        (.price, 25), (.competitor, 25), (.noBudget, 15), (.noDecision, 12), (.timing, 10), (.productFit, 6),
        (.relationship, 5), (.other, 2),
    ]

    private static let opportunityNotes = [
        "客户要求分两期实施，一期预算已批", "需提供三家以上同行业案例", "采购走公开招标，注意投标时间节点",
        "客户希望年底前完成验收", "竞品报价更低，需突出服务优势",
    ]
}
