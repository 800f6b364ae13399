import CairnCore
import CairnMatching
import CairnServices
import Foundation

/// Seeded Chinese customer records with known duplicates, shaped like the shared cn-10k sample: companies with
/// valid credit codes, look-alikes that are *not* duplicates (the same trade name in another city, branches), and
/// duplicates that vary phone format, email case, legal form, region prefix or brackets, contact script (pinyin),
/// with typos and missing fields.
struct DedupBenchData {
    static let header = ["id", "company_name", "credit_code", "contact_name", "phone", "email", "province", "city", "industry"]

    /// For each row generated, the entity it belongs to (the truth).
    private(set) var entityOfRow: [Int] = []
    /// Rows not yet handed out, and the last row made (duplicates are made from it).
    private var pending: [[String: String]] = []
    private var last: [String: String] = [:]
    private let chunkSize: Int
    private let onChunk: ([[String: String]]) -> Void

    /// About `records` rows from a seed, handed to `onChunk` in chunks of `chunkSize` as they are made, so a
    /// million rows never sit in memory at once (the way a scan reads a database page by page).
    init(records: Int, seed: UInt64, chunkSize: Int = 8_192, onChunk: @escaping ([[String: String]]) -> Void) {
        self.chunkSize = chunkSize
        self.onChunk = onChunk
        var random = SeededGenerator(seed: seed)
        let cities = Province.all.flatMap { province in province.cities.map { (province, $0) } }
        let industries = Array(DemoVocabulary.industryWords.keys).sorted()
        var entity = 0
        while entityOfRow.count < records {
            let (province, city) = random.pick(cities)
            let industry = random.pick(industries)
            let company = Company(
                trade: random.pick(DemoVocabulary.tradeNameParts) + random.pick(DemoVocabulary.tradeNameParts),
                word: random.pick(DemoVocabulary.industryWords[industry] ?? ["科技"]),
                legalForm: random.pick(DemoVocabulary.legalForms), province: province, city: city, industry: industry)
            append(company.record(entity: entity, random: &random), entity: entity)
            // Duplicates of this company: about one company in six has one to three.
            if random.chance(0.17) {
                let original = last
                for _ in 0..<random.int(in: 1...3) {
                    append(Self.vary(original, company: company, random: &random), entity: entity)
                }
            }
            entity += 1
            // A look-alike that is another company: the same trade name in another city, or a branch.
            if random.chance(0.05) {
                var sibling = company
                (sibling.province, sibling.city) = random.pick(cities)
                if sibling.city.code != company.city.code {
                    append(sibling.record(entity: entity, random: &random), entity: entity)
                    entity += 1
                }
            } else if random.chance(0.02) {
                var branch = company
                (branch.province, branch.city) = random.pick(cities)
                branch.headOfficeName = company.name
                append(branch.record(entity: entity, random: &random), entity: entity)
                entity += 1
            }
        }
        flush()
    }

    private mutating func append(_ row: [String: String], entity: Int) {
        var numbered = row
        numbered["id"] = String(format: "R%07d", entityOfRow.count + 1)
        pending.append(numbered)
        last = numbered
        entityOfRow.append(entity)
        if pending.count == chunkSize { flush() }
    }

    private mutating func flush() {
        guard !pending.isEmpty else { return }
        onChunk(pending)
        pending.removeAll(keepingCapacity: true)
    }

    /// Every unordered pair of rows of one entity.
    var truePairs: Set<UnorderedPair> {
        var byEntity: [Int: [Int]] = [:]
        for (row, entity) in entityOfRow.enumerated() { byEntity[entity, default: []].append(row) }
        var pairs = Set<UnorderedPair>()
        for rowsOfEntity in byEntity.values where rowsOfEntity.count > 1 {
            for i in rowsOfEntity.indices {
                for j in (i + 1)..<rowsOfEntity.count { pairs.insert(UnorderedPair(rowsOfEntity[i], rowsOfEntity[j])) }
            }
        }
        return pairs
    }

    struct Company {
        var trade: String
        var word: String
        var legalForm: String
        var province: Province
        var city: City
        var industry: String
        /// For a branch, the head office's name; the branch is named after its own city.
        var headOfficeName: String? = nil

        var name: String {
            if let headOfficeName { return headOfficeName + city.shortZh + "分公司" }
            return city.shortZh + trade + word + legalForm
        }

        func record(entity: Int, random: inout SeededGenerator) -> [String: String] {
            let body = "91" + city.code + String(format: "%09d", entity % 1_000_000_000)
            let code = CreditCode.checkCharacter(forFirst17: body).map { body + String($0) } ?? ""
            let surname = random.pick(DemoVocabulary.surnames)
            let given =
                random.pick(DemoVocabulary.givenNameParts)
                + (random.chance(0.6) ? random.pick(DemoVocabulary.givenNameParts) : "")
            let mobile = "1" + random.digits(10, firstDigits: 3...9)
            let pinyin = PersonName(surname + given)?.words.joined() ?? "contact"
            return [
                "company_name": name, "credit_code": code, "contact_name": surname + given, "phone": mobile,
                "email": "\(pinyin)\(random.int(in: 1...999))@\(random.pick(DemoVocabulary.emailDomains))",
                "province": province.nameZh, "city": city.nameZh, "industry": industry,
            ]
        }
    }

    /// A duplicate of a record with one or more of the variations people and systems introduce.
    static func vary(_ original: [String: String], company: Company, random: inout SeededGenerator) -> [String: String] {
        var row = original
        let variations = random.int(in: 1...3)
        for _ in 0..<variations {
            switch random.int(in: 0...10) {
            case 0:
                let phone = row["phone"] ?? ""
                row["phone"] =
                    random.chance(0.5)
                    ? "+86 " + phone
                    : String(phone.prefix(3)) + "-" + String(phone.dropFirst(3).prefix(4)) + "-" + String(phone.suffix(4))
            case 1: row["email"] = row["email"]?.uppercased()
            case 2: row["company_name"] = company.city.shortZh + company.trade + company.word
            case 3: row["company_name"] = company.trade + company.word + "（\(company.city.shortZh)）" + company.legalForm
            case 4: row["company_name"] = company.trade + company.word + company.legalForm
            case 5:
                if let name = row["contact_name"], let person = PersonName(name) {
                    let words = person.words
                    row["contact_name"] =
                        random.chance(0.5)
                        ? words.joined(separator: " ") : (words.dropFirst() + [words[0]]).joined(separator: " ")
                }
            case 6:
                var trade = Array(company.trade)
                trade[random.int(in: 0...(trade.count - 1))] = random.pick(DemoVocabulary.tradeNameParts).first ?? "华"
                row["company_name"] = company.city.shortZh + String(trade) + company.word + company.legalForm
            case 7:
                for field in ["credit_code", "phone", "email"] where random.chance(0.6) { row[field] = "" }
            case 8:
                let code = row["credit_code"] ?? ""
                row["credit_code"] =
                    code.count == 18
                    ? String(code.prefix(4)) + " " + String(code.dropFirst(4).prefix(4)) + " " + String(code.dropFirst(8)) : code
            case 9:
                var code = Array(row["credit_code"] ?? "")
                if code.count == 18 {
                    let at = random.int(in: 2...16)
                    code.swapAt(at, at + 1)
                    row["credit_code"] = String(code)
                }
            default:
                row["city"] = ""
                row["province"] = random.chance(0.5) ? "" : row["province"]
            }
        }
        return row
    }
}
