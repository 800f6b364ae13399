import CairnCore
import CairnServices
import CairnStore
import Foundation

/// The accounts the search benchmark runs over: generated from a seed in batches through the service.
enum SearchBenchData {
    /// The benchmark's admin user, created once.
    static func admin(_ services: Services) async throws -> Actor {
        if let existing = try await services.environment.storage.read({
            try await UserStore().find(email: "bench@example.com", in: $0)
        }) {
            return Actor(user: existing)!
        }
        let user = try await services.users.add(
            UserDraft(email: "bench@example.com", password: "bench-password", name: "Bench", role: "admin"), by: .system)
        return Actor(user: user)!
    }

    /// Adds accounts until there are `target`; returns the total, how many were added and how long that took.
    static func fill(
        _ services: Services, to target: Int, by admin: Actor
    ) async throws -> (total: Int, added: Int, seconds: Double) {
        let existing = try await count(services)
        guard existing < target else { return (existing, 0, 0) }
        let started = Date()
        var index = existing
        let batchSize = 5_000
        while index < target {
            let end = min(target, index + batchSize)
            // Generated names and mobiles can meet by chance; seeding files them without the duplicate check.
            _ = try await services.accounts.seed((index..<end).map(account), by: admin)
            index = end
            if index % 50_000 == 0 || index == target {
                let rate = Double(index - existing) / Date().timeIntervalSince(started)
                print("  accounts \(index) / \(target) (\(Int(rate))/s)")
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

    /// Account number `index`, the same every time: a Chinese company name, a mobile and a valid credit code.
    static func account(_ index: Int) -> AccountFields {
        var random = SeededGenerator(seed: UInt64(index) &* 0x9E37_79B9_7F4A_7C15 &+ 1)
        let parts = DemoVocabulary.tradeNameParts
        let province = Province.all[random.index(below: Province.all.count)]
        // In a fixed order (a dictionary's order changes from run to run), so every run makes the same accounts.
        let industryWords = DemoVocabulary.industryWords.sorted { $0.key < $1.key }.flatMap(\.value)
        let tradeName = parts[random.index(below: parts.count)] + parts[random.index(below: parts.count)]
        let name =
            province.shortZh + tradeName + industryWords[random.index(below: industryWords.count)]
            + DemoVocabulary.legalForms[random.index(below: DemoVocabulary.legalForms.count)]
        let body = "91" + (province.cities.first?.code ?? "110100") + String(format: "%09d", index)
        let code = CreditCode.checkCharacter(forFirst17: body).map { body + String($0) }
        let mobile = "+861" + String(3 + random.index(below: 7)) + String(format: "%09d", random.index(below: 1_000_000_000))
        return AccountFields(
            name: name, creditCode: code, phone: mobile, industry: "C", province: province.nameZh, source: .website)
    }

    /// Queries that real users type: a trade name, a full mobile, a mobile's last eight digits, a full credit code.
    static func samples(
        _ services: Services, count: Int, using random: inout SeededGenerator
    ) async throws -> [(String, [String])] {
        let total = try await self.count(services)
        let picks = (0..<count).map { _ in account(random.index(below: total)) }
        return [
            (
                "trade name (4 Han characters)",
                picks.map { String($0.name.dropFirst(Province.named($0.province ?? "")?.shortZh.count ?? 0).prefix(4)) }
            ),
            ("full mobile", picks.map { String($0.phone!.dropFirst(3)) }),
            ("last 8 digits of a mobile", picks.map { String($0.phone!.suffix(8)) }),
            ("credit code", picks.map { $0.creditCode! }),
            ("common word 科技 (worst case)", Array(repeating: "科技", count: max(1, count / 10))),
        ]
    }
}

extension SeededGenerator {
    /// An index in `0..<bound` by plain modulo: the generated accounts must stay the same as in databases made by
    /// earlier runs, which picked this way.
    mutating func index(below bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
