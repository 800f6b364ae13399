import CairnCore
import CairnMatching

extension DemoDataGenerator {
    /// How many customers a colleague entered a second time (before duplicate checks): the dirty data a real CRM
    /// starts from, so the duplicates review has something to find.
    static let duplicateAccountCount = 6

    /// Re-entries of existing accounts by another owner, in the last two months: the name written another way
    /// (the region in brackets, or a city in front and another legal form) with the same phone and no credit code
    /// (a credit code is an identity: two live accounts never share one).
    func makeDuplicateAccounts(
        of accounts: [Stored<AccountFields>], _ random: inout SeededGenerator, _ ids: SeededIDGenerator
    ) -> [Stored<AccountFields>] {
        var usedNames = Set(accounts.map(\.fields.name))
        var duplicates: [Stored<AccountFields>] = []
        var candidates = accounts.filter { $0.fields.phone != nil }
        while duplicates.count < Self.duplicateAccountCount && !candidates.isEmpty {
            let original = candidates.remove(at: random.int(in: 0...(candidates.count - 1)))
            guard let core = CompanyName(original.fields.name)?.core,
                let home = original.fields.province.flatMap(Province.named),
                let town = home.city(named: original.fields.city ?? "")
            else { continue }
            let inBrackets = duplicates.count.isMultiple(of: 2)
            let name = inBrackets ? "\(core)（\(home.shortZh)）" : "\(town.shortZh)\(core)有限责任公司"
            guard usedNames.insert(name).inserted else { continue }
            let owner = random.pick(weighted: weightedOwners)
            var fields = original.fields
            fields.name = name
            fields.aliases = []
            fields.creditCode = nil
            fields.address = nil
            fields.tier = nil
            fields.notes = nil
            let created = officeTime(in: (nowMilliseconds - 60 * Self.day)...(nowMilliseconds - Self.day), &random)
            let stamps = meta(ids.next(), ownerId: owner.id, teamId: owner.teamId, created: created, updated: created)
            duplicates.append(Stored(meta: stamps, fields: checked(fields)))
        }
        return duplicates
    }
}
