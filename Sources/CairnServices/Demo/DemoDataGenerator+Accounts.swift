import CairnCore

extension DemoDataGenerator {
    /// Companies with unique names, valid credit codes for most, local landlines and a spread of tiers and statuses.
    func makeAccounts(_ random: inout SeededGenerator, _ ids: SeededIDGenerator) -> [Stored<AccountFields>] {
        var usedNames: Set<String> = []
        var accounts: [Stored<AccountFields>] = []
        for _ in 0..<Self.accountCount {
            let owner = random.pick(weighted: weightedOwners)
            let home = province(near: owner, &random)
            let town = city(in: home, &random)
            let industry = random.pick(weighted: Self.industries)
            let industryWord = random.pick(DemoVocabulary.industryWords[industry] ?? ["科技"])
            var naming = companyName(province: home, city: town, industryWord: industryWord, &random)
            while !usedNames.insert(naming.name).inserted {
                naming = companyName(province: home, city: town, industryWord: industryWord, &random)
            }
            let status = random.pick(weighted: Self.accountStatuses)
            let fields = AccountFields(
                name: naming.name, aliases: [naming.shortName],
                creditCode: random.chance(0.9) ? creditCode(division: town.code, &random) : nil,
                phone: random.chance(0.9) ? landline(in: town, of: home, &random) : nil,
                industry: industry, province: home.nameZh, city: town.nameZh,
                address: random.chance(0.85) ? streetAddress(in: town, &random) : nil,
                source: random.pick(weighted: Self.accountSources),
                tier: random.pick(weighted: Self.tiers), status: status,
                purchaseCycleDays: random.chance(0.6) ? random.pick([30, 60, 90, 180, 365]) : nil,
                notes: random.chance(0.15) ? random.pick(Self.accountNotes) : nil)
            // Prospects are often recent; customers have been on the books for months or years.
            let createdDaysAgo =
                status == .prospect && random.chance(0.5)
                ? random.int64(in: 5...170) : random.int64(in: 190...1_000)
            let created = officeTime(
                in: (nowMilliseconds - createdDaysAgo * Self.day)...(nowMilliseconds - (createdDaysAgo - 1) * Self.day),
                &random)
            let updated = nowMilliseconds - random.int64(in: 0...min(nowMilliseconds - created, 90 * Self.day))
            let stamps = meta(ids.next(), ownerId: owner.id, teamId: owner.teamId, created: created, updated: updated)
            accounts.append(Stored(meta: stamps, fields: checked(fields)))
        }
        return accounts
    }

    /// One to four people per account, owned by the account's owner; richer accounts get more.
    func makeContacts(
        for accounts: [Stored<AccountFields>], _ random: inout SeededGenerator, _ ids: SeededIDGenerator
    ) -> [Stored<ContactFields>] {
        guard !accounts.isEmpty else { return [] }
        var counts = [Int](repeating: 1, count: accounts.count)
        let target = min(Self.contactCount, accounts.count * 4)
        while counts.reduce(0, +) < target {
            let index = random.int(in: 0...(accounts.count - 1))
            let tier = accounts[index].fields.tier
            let bonus = tier == AccountTier.s || tier == AccountTier.a
            if counts[index] < 4 && (bonus || random.chance(0.6)) { counts[index] += 1 }
        }
        var contacts: [Stored<ContactFields>] = []
        for (account, count) in zip(accounts, counts) {
            for position in 0..<count {
                contacts.append(contact(at: account, isFirst: position == 0, &random, ids))
            }
        }
        return contacts
    }

    private func contact(
        at account: Stored<AccountFields>, isFirst: Bool, _ random: inout SeededGenerator, _ ids: SeededIDGenerator
    ) -> Stored<ContactFields> {
        let person = personName(&random)
        let mobileNumber = random.chance(0.95) ? mobile(&random) : nil
        var officePhone: String?
        if let switchboard = account.fields.phone, random.chance(0.3) {
            officePhone = String(switchboard.dropLast(4)) + random.digits(4)
        }
        // The first person listed at a company is usually the one who signs.
        let role =
            isFirst
            ? random.pick(weighted: Self.firstContactRoles) : random.pick(weighted: Self.decisionRoles)
        let fields = ContactFields(
            accountId: account.id, name: person.name, mobile: mobileNumber, phone: officePhone,
            email: random.chance(0.6) ? personalEmail(surnamePinyin: person.surnamePinyin, &random) : nil,
            jobTitle: random.chance(0.9) ? random.pick(DemoVocabulary.titles) : nil, decisionRole: role,
            wechat: random.chance(0.4)
                ? wechatID(mobile: mobileNumber, surnamePinyin: person.surnamePinyin, &random) : nil,
            notes: random.chance(0.05) ? random.pick(Self.contactNotes) : nil)
        let accountCreated = account.meta.createdAt.epochMilliseconds
        let created = accountCreated + random.int64(in: 0...min(60 * Self.day, nowMilliseconds - accountCreated))
        let updated = created + random.int64(in: 0...(nowMilliseconds - created))
        let stamps = meta(ids.next(), ownedLike: account.meta, created: created, updated: updated)
        return Stored(meta: stamps, fields: checked(fields))
    }

    /// A company name 「{region}{trade name}{industry word}{legal form}」, the region left out about one time in five,
    /// and its short form (trade name and industry) used as alias and in deal names.
    func companyName(
        province: Province, city: City, industryWord: String, _ random: inout SeededGenerator
    ) -> (name: String, shortName: String) {
        let tradeName = random.pick(DemoVocabulary.tradeNameParts)
        let region: String
        switch random.int(in: 0...9) {
        case 0, 1: region = ""
        case 2...5: region = province.shortZh
        default: region = city.shortZh
        }
        let legalForm = random.pick(weighted: Self.legalForms)
        let shortIndustry = Self.shortIndustryWords[industryWord] ?? String(industryWord.prefix(2))
        return (region + tradeName + industryWord + legalForm, tradeName + shortIndustry)
    }

    /// A unified social credit code for an enterprise (登记管理部门 9, 类别 1) registered in the division.
    ///
    /// The organisation code is either a new-style `MA…` code or eight digits, completed with its own GB 11714 check
    /// character; the whole code then gets its GB 32100 check character.
    func creditCode(division: String, _ random: inout SeededGenerator) -> String? {
        var body = ""
        if random.chance(0.6) {
            body = "MA"
            for _ in 0..<6 { body.append(random.pick(Self.creditCodeAlphabet)) }
        } else {
            body = random.digits(8, firstDigits: 1...9)
        }
        let first17 = "91" + division + body + String(Self.organizationCheck(body))
        return CreditCode.checkCharacter(forFirst17: first17).map { first17 + String($0) }
    }

    /// The GB 11714 check character of an eight-character organisation code body.
    static func organizationCheck(_ body: String) -> Character {
        let weights = [3, 7, 9, 10, 5, 8, 4, 2]
        let values = body.map { character -> Int in
            character.wholeNumberValue ?? Int(character.asciiValue ?? 65) - 55
        }
        let remainder = zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 } % 11
        switch 11 - remainder {
        case 10: return "X"
        case 11: return "0"
        case let check: return Character(String(check))
        }
    }

    private static let creditCodeAlphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")

    private static let shortIndustryWords = [
        "供应链": "供应链", "进出口": "进出口", "房地产开发": "地产", "文化传媒": "传媒", "新能源": "新能源", "企业管理": "管理",
    ]

    /// Industry sections that have demo words, weighted towards manufacturing, IT and trade.
    static let industries: [(value: String, weight: Int)] = DemoVocabulary.industryWords.keys.sorted()
        .filter { Industry.code($0) != nil }
        .map { code in
            let weights = ["C": 30, "I": 16, "F": 12, "E": 8, "G": 7, "L": 7, "M": 6, "Q": 5, "D": 4, "K": 4, "P": 4]
            return (value: code, weight: weights[code] ?? 3)
        }

    private static let legalForms: [(value: String, weight: Int)] = zip(DemoVocabulary.legalForms, [70, 12, 10, 8])
        .map { (value: $0.0, weight: $0.1) }

    private static let tiers: [(value: AccountTier, weight: Int)] = [(.s, 10), (.a, 25), (.b, 40), (.c, 25)]

    private static let accountStatuses: [(value: AccountStatus, weight: Int)] = [
        (.prospect, 30), (.active, 45), (.dormant, 15), (.churned, 10),
    ]

    private static let accountSources: [(value: LeadSource, weight: Int)] = [
        (.referral, 18), (.exhibition, 14), (.partner, 12), (.website, 10), (.coldCall, 10), (.webForm, 8),
        (.wechat, 8), (.baiduAds, 8), (.event, 6), (.inboundCall, 4), (.douyin, 2), (.other, 2),
    ]

    private static let firstContactRoles: [(value: DecisionRole?, weight: Int)] = [
        (.decisionMaker, 2), (.influencer, 1),
    ]

    private static let decisionRoles: [(value: DecisionRole?, weight: Int)] = [
        (.influencer, 35), (.user, 30), (.gatekeeper, 15), (.decisionMaker, 10), (nil, 10),
    ]

    private static let accountNotes = [
        "年度框架合作客户，续约窗口在每年第四季度", "集团统一采购，需走招标流程", "老板重视数字化转型，预算充足",
        "付款周期较长，注意回款节点", "与竞争对手有长期合作，需重点突破", "有多个分公司，可拓展区域业务",
    ]

    private static let contactNotes = ["工作日上午方便接电话", "喜欢微信沟通，回复及时", "对技术细节要求较高", "新上任，需重新建立关系"]
}
