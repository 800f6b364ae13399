import CairnCore

extension DemoDataGenerator {
    /// Leads from the last 90 days: fresh ones mostly `new` (some only hours old), older ones worked through to
    /// accepted, qualified, converted (onto one of the owner's accounts) or disqualified with a reason.
    func makeLeads(
        accounts: [Stored<AccountFields>], _ random: inout SeededGenerator, _ ids: SeededIDGenerator
    ) -> [Stored<LeadFields>] {
        let accountsByOwner = Dictionary(grouping: accounts, by: \.meta.ownerId)
        var leads: [Stored<LeadFields>] = []
        for _ in 0..<Self.leadCount {
            let owner = random.pick(weighted: weightedOwners)
            let age = leadAge(&random)
            var status = leadStatus(age: age, &random)
            var account: Stored<AccountFields>?
            if status == .converted {
                if let owned = accountsByOwner[owner.id], !owned.isEmpty {
                    account = random.pick(owned)
                } else {
                    status = .qualified
                }
            }
            let fields = leadFields(owner: owner, status: status, account: account, &random)
            let created = nowMilliseconds - age
            // Untouched leads have never been edited; worked ones changed some time after they came in.
            let workedFor = min(age, 14 * Self.day)
            let updated = status == .new ? created : created + random.int64(in: (workedFor / 4)...workedFor)
            let stamps = meta(ids.next(), ownerId: owner.id, teamId: owner.teamId, created: created, updated: updated)
            leads.append(Stored(meta: stamps, fields: checked(fields)))
        }
        return leads
    }

    private func leadFields(
        owner: User, status: LeadStatus, account: Stored<AccountFields>?, _ random: inout SeededGenerator
    ) -> LeadFields {
        let person = personName(&random)
        let home = province(near: owner, &random)
        let town = city(in: home, &random)
        let showsRegion = random.chance(0.7)
        var company = account?.fields.name
        if account == nil && random.chance(0.8) {
            let industry = random.pick(weighted: Self.industries)
            let word = random.pick(DemoVocabulary.industryWords[industry] ?? ["科技"])
            company = companyName(province: home, city: town, industryWord: word, &random).name
        }
        return LeadFields(
            name: person.name, companyName: company, mobile: mobile(&random),
            phone: random.chance(0.08) ? landline(in: town, of: home, &random) : nil,
            email: random.chance(0.3) ? personalEmail(surnamePinyin: person.surnamePinyin, &random) : nil,
            source: random.pick(weighted: Self.leadSources), status: status,
            productInterest: random.chance(0.85) ? random.pick(DemoVocabulary.opportunityProducts) : nil,
            province: account?.fields.province ?? (showsRegion ? home.nameZh : nil),
            city: account?.fields.city ?? (showsRegion ? town.nameZh : nil),
            disqualifyReason: status == .disqualified ? random.pick(Self.disqualifyReasons) : nil,
            accountId: account?.id,
            notes: random.chance(0.2) ? random.pick(Self.leadNotes) : nil)
    }

    /// How long ago a lead came in, in milliseconds: a few within hours, about a tenth within three days.
    private func leadAge(_ random: inout SeededGenerator) -> Int64 {
        switch random.int(in: 0...99) {
        case 0...2: random.int64(in: (10 * Self.minute)...(12 * Self.hour))
        case 3...11: random.int64(in: (12 * Self.hour)...(3 * Self.day))
        default: random.int64(in: (3 * Self.day)...(90 * Self.day))
        }
    }

    /// A status that fits the lead's age: fresh leads wait, older ones have been worked.
    private func leadStatus(age: Int64, _ random: inout SeededGenerator) -> LeadStatus {
        if age < 3 * Self.day { return random.pick(weighted: Self.freshLeadStatuses) }
        if age < 14 * Self.day { return random.pick(weighted: Self.recentLeadStatuses) }
        return random.pick(weighted: Self.olderLeadStatuses)
    }

    private static let freshLeadStatuses: [(value: LeadStatus, weight: Int)] = [
        (.new, 80), (.accepted, 15), (.disqualified, 5),
    ]

    private static let recentLeadStatuses: [(value: LeadStatus, weight: Int)] = [
        (.new, 10), (.accepted, 30), (.qualified, 30), (.converted, 10), (.disqualified, 20),
    ]

    private static let olderLeadStatuses: [(value: LeadStatus, weight: Int)] = [
        (.new, 3), (.accepted, 10), (.qualified, 25), (.converted, 27), (.disqualified, 35),
    ]

    private static let leadSources: [(value: LeadSource, weight: Int)] = [
        (.baiduAds, 18), (.webForm, 16), (.wechat, 14), (.website, 10), (.douyin, 10), (.exhibition, 10),
        (.inboundCall, 8), (.referral, 6), (.event, 5), (.partner, 5), (.coldCall, 5), (.other, 2),
    ]

    private static let disqualifyReasons = [
        "预算不足", "重复线索", "联系方式无效", "暂无采购需求", "同行咨询", "不在服务区域", "已选择其他供应商",
    ]

    private static let leadNotes = [
        "官网留言咨询价格", "希望安排产品演示", "展会现场扫码留资", "需要先了解同行业成功案例",
        "客户在比较多家供应商", "来电咨询，要求尽快回电",
    ]
}
