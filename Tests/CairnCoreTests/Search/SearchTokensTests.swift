import Testing

@testable import CairnCore

struct SearchTokensTests {
    @Test func hanTextIsIndexedAsCharactersAndBigrams() {
        let tokens = SearchTokens.index(["华为技术"])
        #expect(tokens == ["华", "为", "技", "术", "华为", "为技", "技术"])
    }

    @Test func aTwoCharacterQueryMatchesInsideALongerName() {
        let indexed = Set(SearchTokens.index(["深圳华为技术有限公司"]))
        #expect(SearchTokens.query("华为").allSatisfy(indexed.contains))
        #expect(SearchTokens.query("技术有限").allSatisfy(indexed.contains))
        #expect(!SearchTokens.query("腾讯").allSatisfy(indexed.contains))
    }

    @Test func phonesMatchByNationalFormAndFragments() {
        let indexed = Set(SearchTokens.index(["+8613800138000"]))
        #expect(SearchTokens.query("13800138000").allSatisfy(indexed.contains))
        #expect(SearchTokens.query("0138").allSatisfy(indexed.contains))
        #expect(!SearchTokens.query("13900139000").allSatisfy(indexed.contains))
    }

    @Test func latinTextIsCaseAndWidthInsensitive() {
        let indexed = Set(SearchTokens.index(["Zhang.Wei@Example.com"]))
        #expect(SearchTokens.query("ＺＨＡＮＧ").allSatisfy(indexed.contains))
        #expect(SearchTokens.query("example").allSatisfy(indexed.contains))
    }

    @Test func punctuationOnlyQueriesHaveNoTokens() {
        #expect(SearchTokens.query(" -- ").isEmpty)
    }
}

struct SearchQueryTokensTests {
    @Test func digitAndLatinQueriesUseACoveringSubsetOfTrigrams() {
        #expect(SearchTokens.query("13800138000") == ["138", "001", "380", "000"])
        #expect(SearchTokens.query("91310000600037341L") == ["913", "100", "006", "000", "373", "41l"])
        #expect(SearchTokens.query("瑞丰精密") == ["瑞丰", "丰精", "精密"])
    }
}
