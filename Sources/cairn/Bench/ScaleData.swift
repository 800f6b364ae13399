import CairnCore
import CairnServices
import CairnStore
import Foundation

/// The data every benchmark at scale runs over (search, duplicate check at entry, the API at a million): accounts
/// with cities, mobiles and valid credit codes, look-alike companies (one trade name in several cities, or under
/// two legal forms), and a contact for every other account — generated from a seed, the same on every run, and
/// written through `RecordService.seed` (validation, search tokens, duplicate keys, audit entries) in batches.
enum ScaleData {
    /// Accounts per transaction; the next batch is generated and validated while one is written.
    static let batchSize = 50_000

    /// The benchmark's admin user, created once.
    static func admin(_ services: Services) async throws -> Actor {
        if let existing = try await services.environment.storage.read({
            try await UserStore().find(email: "bench@example.com", in: $0)
        }) {
            return Actor(user: existing)!
        }
        let user = try await services.users.add(
            UserDraft(email: "bench@example.com", password: "load-test-2026", name: "Bench", role: "admin"), by: .system)
        return Actor(user: user)!
    }

    /// Adds accounts (and their contacts) until there are `target` accounts; returns the total, how many were added
    /// and how long that took. Prints progress every 50,000.
    static func fill(
        _ services: Services, to target: Int, by admin: Actor
    ) async throws -> (total: Int, added: Int, seconds: Double) {
        let existing = try await count(services)
        guard existing < target else { return (existing, 0, 0) }
        let started = Date()
        let starts = Array(stride(from: existing, to: target, by: batchSize))
        // Accounts get their ids when prepared, so their contacts are prepared with them, off the writer.
        func prepared(_ start: Int) -> Task<(SeedBatch<AccountFields>, SeedBatch<ContactFields>), any Error> {
            Task {
                let accounts = try services.accounts.prepareSeed(
                    (start..<min(target, start + batchSize)).map(account), by: admin)
                let contacts = zip(start..., accounts.ids).filter { $0.0 % 2 == 0 }.map { contact($0.0, accountId: $0.1) }
                return (accounts, try services.contacts.prepareSeed(contacts, by: admin))
            }
        }
        var next = starts.first.map(prepared)
        for (position, start) in starts.enumerated() {
            guard let (accounts, contacts) = try await next?.value else { break }
            next = starts.indices.contains(position + 1) ? prepared(starts[position + 1]) : nil
            _ = try await services.accounts.seed(accounts, by: admin)
            _ = try await services.contacts.seed(contacts, by: admin)
            let done = min(target, start + batchSize)
            if done / 50_000 > start / 50_000 || done == target {
                let rate = Double(done - existing) / Date().timeIntervalSince(started)
                print("  accounts \(done) / \(target) (\(Int(rate))/s, with a contact for every other one)")
            }
        }
        return (target, target - existing, Date().timeIntervalSince(started))
    }

    /// Live accounts in the database.
    static func count(_ services: Services) async throws -> Int {
        try await services.environment.storage.read { session in
            try await RecordStore<AccountFields>().count(in: session)
        }
    }

    /// The parts a generated company name is made of.
    private struct CompanyName {
        var province: Province
        var city: City
        var tradeName: String
        var industryWord: String
        var legalForm: String

        var text: String {
            (city.shortZh == province.shortZh ? province.shortZh : city.shortZh) + tradeName + industryWord + legalForm
        }
    }

    /// Industry words in a fixed order (a dictionary's order changes from run to run).
    private static let industryWords = DemoVocabulary.industryWords.sorted { $0.key < $1.key }.flatMap(\.value)

    /// The name of company number `index` before look-alikes: a city, a trade name, an industry word, a legal form.
    private static func companyName(_ index: Int) -> CompanyName {
        var random = generator(index)
        let parts = DemoVocabulary.tradeNameParts
        let province = Province.all[random.index(below: Province.all.count)]
        let city = province.cities[random.index(below: province.cities.count)]
        return CompanyName(
            province: province, city: city,
            tradeName: parts[random.index(below: parts.count)] + parts[random.index(below: parts.count)],
            industryWord: industryWords[random.index(below: industryWords.count)],
            legalForm: DemoVocabulary.legalForms[random.index(below: DemoVocabulary.legalForms.count)])
    }

    /// Account number `index`, the same every time. One in ten is a look-alike of the account three before it (the
    /// same trade name and trade in another city), one in fifty the same company name under another legal form —
    /// different companies, each with its own credit code, as real registers hold them.
    static func account(_ index: Int) -> AccountFields {
        let name = lookAlikeName(index)
        var random = generator(index &+ 0x5EED)
        let body = "91" + name.city.code + String(format: "%09d", index)
        let code = CreditCode.checkCharacter(forFirst17: body).map { body + String($0) }
        return AccountFields(
            name: name.text, creditCode: code, phone: mobile(&random), industry: "C", province: name.province.nameZh,
            city: name.city.nameZh, source: .website)
    }

    /// The trade name of account number `index` (what a user searching for the company types).
    static func tradeName(_ index: Int) -> String { lookAlikeName(index).tradeName }

    private static func lookAlikeName(_ index: Int) -> CompanyName {
        var name = companyName(index)
        if index % 10 == 3, index >= 3 {
            let original = companyName(index - 3)
            name.tradeName = original.tradeName
            name.industryWord = original.industryWord
        } else if index % 50 == 7, index >= 7 {
            let original = companyName(index - 7)
            let forms = DemoVocabulary.legalForms
            name = original
            name.legalForm = forms[((forms.firstIndex(of: original.legalForm) ?? 0) + 1) % forms.count]
        }
        return name
    }

    /// The contact of account number `index`: a Chinese name, a mobile, and for most a mailbox.
    static func contact(_ index: Int, accountId: String) -> ContactFields {
        var random = generator(index &+ 0xC0DE)
        let surname = DemoVocabulary.surnames[random.index(below: DemoVocabulary.surnames.count)]
        let given = DemoVocabulary.givenNameParts
        let name =
            surname + given[random.index(below: given.count)]
            + (random.next() % 10 < 7 ? given[random.index(below: given.count)] : "")
        let email =
            random.next() % 10 < 6
            ? "c\(index)@" + DemoVocabulary.emailDomains[random.index(below: DemoVocabulary.emailDomains.count)] : nil
        return ContactFields(
            accountId: accountId, name: name, mobile: mobile(&random), email: email,
            jobTitle: DemoVocabulary.titles[random.index(below: DemoVocabulary.titles.count)])
    }

    /// A mainland mobile: +861, a digit 3–9, nine more digits.
    private static func mobile(_ random: inout SeededGenerator) -> String {
        "+861" + String(3 + random.index(below: 7)) + String(format: "%09d", random.index(below: 1_000_000_000))
    }

    private static func generator(_ index: Int) -> SeededGenerator {
        SeededGenerator(seed: UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15 &+ 1)
    }
}

extension SeededGenerator {
    /// An index in `0..<bound` by plain modulo.
    mutating func index(below bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
