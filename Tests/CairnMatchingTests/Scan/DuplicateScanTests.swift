import CairnCore
import Foundation
import Testing

@testable import CairnMatching

struct DuplicateScanTests {
    static let rulesURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Resources/dedup/cn.rules.json")

    static let csv = """
        id,company_name,credit_code,contact_name,phone,email,province,city,industry
        A,北京某某科技有限公司,,张伟,13800138000,,北京市,北京市,信息技术
        B,某某科技（北京）,,Zhang Wei,+86 138-0013-8000,,北京市,北京市,信息技术
        C,某某科技（上海）有限公司,,李娜,13900139000,,上海市,上海市,信息技术
        D,"Buck Trading, Ltd.",,Michael Shelton,(660) 225-0504,,Louisiana,Pamelafurt,批发零售
        E,Buk Trading Ltd.,,Michael Shelton,+1 (660) 225-0504,,Louisiana,Pamelafurt,批发零售
        F,贵阳合金置业集团有限公司中卫分公司,91640521MABMNJDG8G,毛宁宇,18113106710,,宁夏回族自治区,中卫市,房地产
        G,贵阳合金置业集团有限公司,91520100MA6DKF2X1Y,毛宁宇,18113106710,,贵州省,贵阳市,房地产

        """

    @Test func findsTheDuplicatesAndNotTheLookAlikes() throws {
        let rules = try MatchRules.decode(Data(contentsOf: Self.rulesURL))
        let (_, rows) = CSVReader.rows(Self.csv)
        let records = rows.map { MatchRecord(id: $0["id"] ?? "", row: $0, rules: rules) }
        var steps: [DuplicateScan.Progress] = []
        let result = DuplicateScan(rules: rules).run(records) { steps.append($0) }
        let clusters = result.clusters.map { $0.map { records[$0].id } }
        #expect(clusters.sorted { $0[0] < $1[0] } == [["A", "B"], ["D", "E"]])
        #expect(steps.first == .prepared(records: 7))
        #expect(steps.last == .clustered(clusters: 2))
        let ab = try #require(result.matches.first { records[$0.left].id == "A" })
        #expect(ab.score.reasons.contains("company=agree"))
        #expect(ab.score.reasons.contains("contact=agree"))
        #expect(ab.score.reasons.contains("phone=agree"))
        // The reasons a person reads, in both languages.
        let reasons = PairScorer(rules: rules).reasons(records[ab.left], records[ab.right])
        let chinese = reasons.map { MessageCatalog.text($0.key, .zhCN, $0.parameters) }
        #expect(chinese.contains("公司名称去掉有限公司、北京后相同（某某科技）"))
        #expect(chinese.contains("联系人是同一人：张伟 = Zhang Wei"))
        #expect(chinese.contains("手机号相同（138 0013 8000）"))
        let english = reasons.map { MessageCatalog.text($0.key, .en, $0.parameters) }
        #expect(english.contains("company name matches after removing 有限公司、北京 (某某科技)"))
    }

    @Test func rulesNamingAnUnknownFieldAreRefused() {
        let json = """
            {"idColumn": "id", "fields": [{"name": "name", "column": "name", "normalizer": "text"}],
             "comparisons": [{"field": "phone", "comparator": "exact", "agree": 1, "disagree": 0}],
             "blocking": [], "threshold": 1}
            """
        #expect(throws: MatchRulesError.unknownField("phone")) { try MatchRules.decode(Data(json.utf8)) }
    }

    @Test func csvFieldsMayBeQuotedWithCommasQuotesAndLineBreaks() {
        let text = "\u{FEFF}a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"multi\nline\",\n"
        #expect(CSVReader.records(text) == [["a", "b"], ["x, y", "say \"hi\""], ["multi\nline", ""]])
        #expect(CSVReader.quoted("x, y") == "\"x, y\"")
    }
}

struct ComparatorTests {
    static func comparison(_ comparator: MatchRules.Comparator, partialAt: Double? = nil) -> MatchRules.Comparison {
        MatchRules.Comparison(
            field: "f", comparator: comparator, partialAt: partialAt, agree: 1, partial: 0.5, disagree: -1, conflict: nil)
    }

    @Test func tokenSetsIgnoreOrderAndCountSharedWords() {
        let compare = { (a: String, b: String) in
            PairScorer.compare(
                FieldValue(a, normalizer: .text)!, FieldValue(b, normalizer: .text)!,
                Self.comparison(.tokenSet, partialAt: 0.5))
        }
        #expect(compare("Sales Director East", "east  SALES director") == .agree)
        #expect(compare("Sales Director East", "Sales Director") == .partial)
        #expect(compare("Sales Director", "Chief Engineer") == .disagree)
    }
}
