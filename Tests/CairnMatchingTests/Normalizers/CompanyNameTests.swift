import Testing

@testable import CairnMatching

struct CompanyNameTests {
    @Test(
        arguments: [
            ("北京某某科技有限公司", "某某科技", "有限公司"),
            ("某某科技（北京）", "某某科技", nil),
            ("某某科技(北京)有限公司", "某某科技", "有限公司"),
            ("北京市某某科技股份有限公司", "某某科技", "股份有限公司"),
            ("某某科技有限责任公司", "某某科技", "有限责任公司"),
            ("某某科技集团", "某某科技", "集团"),
            ("ＡＢＣ　某某科技（北京）有限公司", "abc某某科技", "有限公司"),
            ("北京某某科技有限公司", "某某科技", "有限公司"),
            ("臺灣某某電子有限公司", "某某电子", "有限公司"),
            ("Buck Trading Co., Ltd.", "bucktrading", "co ltd"),
            ("Velez Foods, Inc.", "velezfoods", "inc"),
            ("Black Ltd Inc.", "black", "ltd inc"),
        ] as [(String, String, String?)])
    func takesNamesApart(raw: String, core: String, legalForm: String?) throws {
        let name = try #require(CompanyName(raw))
        #expect(name.core == core)
        #expect(name.legalForm == legalForm)
    }

    @Test func regionsInBracketsAndPrefixesAreTheSamePlace() throws {
        let prefixed = try #require(CompanyName("北京某某科技有限公司"))
        let bracketed = try #require(CompanyName("某某科技（北京）"))
        #expect(prefixed.hasSameCore(as: bracketed))
        #expect(!prefixed.conflicts(with: bracketed))
        let shanghai = try #require(CompanyName("某某科技（上海）有限公司"))
        #expect(prefixed.conflicts(with: shanghai))
        // A province and a city inside it do not conflict.
        let province = try #require(CompanyName("广东某某科技有限公司"))
        let city = try #require(CompanyName("深圳某某科技有限公司"))
        #expect(!province.conflicts(with: city))
    }

    @Test func aBranchIsNotItsHeadOfficeNorAnotherBranch() throws {
        let head = try #require(CompanyName("贵阳合金置业集团有限公司"))
        let branch = try #require(CompanyName("贵阳合金置业集团有限公司中卫分公司"))
        let sameBranch = try #require(CompanyName("贵阳合金置业集团有限公司中卫市()分公司"))
        let otherBranch = try #require(CompanyName("贵阳合金置业集团有限公司银川分公司"))
        #expect(branch.core == head.core)
        #expect(head.conflicts(with: branch))
        #expect(branch.conflicts(with: otherBranch))
        #expect(!branch.conflicts(with: sameBranch))
    }

    @Test func theRecordsOwnCityIsRecognisedEvenWhenTheTableLacksIt() throws {
        let hints = Place.hints(province: "江苏省", city: "淮安市")
        let prefixed = try #require(CompanyName("淮安亚佳食品有限公司", hints: hints))
        let bracketed = try #require(CompanyName("亚佳食品（淮安）有限公司", hints: hints))
        #expect(prefixed.core == "亚佳食品")
        #expect(bracketed.core == "亚佳食品")
        // Without hints, the unrecognised prefix still lines up with a twin that recognised it.
        let unhinted = try #require(CompanyName("淮安亚佳食品有限公司"))
        #expect(unhinted.hasSameCore(as: bracketed))
        #expect(unhinted.plain == prefixed.plain)
    }

    @Test func aTradeNameThatIsAPlaceStaysComparable() throws {
        let name = try #require(CompanyName("重庆山东食品股份有限公司"))
        #expect(!name.conflicts(with: name))
    }
}
