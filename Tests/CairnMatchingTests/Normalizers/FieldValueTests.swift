import Testing

@testable import CairnMatching

struct FieldValueTests {
    @Test(
        arguments: [
            ("+86 138-0013-8000", "13800138000"), ("13800138000", "13800138000"), ("(010) 6552 1234", "01065521234"),
            ("+1 415 555 0100", "14155550100"), ("(415) 555-0100", "4155550100"),
        ])
    func phonesMeetOnTheirLastTenDigits(raw: String, digits: String) {
        #expect(FieldValue(raw, normalizer: .phone) == .text(String(digits.suffix(10))))
    }

    @Test func emailsAndCodesAndTextsAreFolded() {
        #expect(FieldValue("  Binlin.Chen@TAIBAI.com.cn ", normalizer: .email) == .text("binlin.chen@taibai.com.cn"))
        #expect(FieldValue("9121 1224 max8 ye14 7w", normalizer: .creditCode) == .text("91211224MAX8YE147W"))
        #expect(FieldValue("９１２１１２２４ＭＡＸ８ｙｅ１４７ｗ", normalizer: .creditCode) == .text("91211224MAX8YE147W"))
        #expect(FieldValue("  Ｌａｋｅ   Lisa ", normalizer: .text) == .text("lake lisa"))
        #expect(FieldValue("", normalizer: .text) == nil)
        #expect(FieldValue("12-34", normalizer: .phone) == nil)
    }

    @Test func oneTypoIsWithinOneEdit() {
        #expect(EditDistance.isWithinOne("91150525MANE3B5A3W", "91150525MANE35BA3W"))
        #expect(EditDistance.isWithinOne("916201210398996318", "16201210398996318"))
        #expect(EditDistance.isWithinOne("logistics", "logsitics"))
        #expect(!EditDistance.isWithinOne("91150525MANE3B5A3W", "91150525MANE35BA4W"))
        #expect(EditDistance.deletions(of: "abc") == ["bc", "ac", "ab"])
        #expect(abs(JaroWinkler.similarity("MARTHA", "MARHTA") - 0.9611) < 0.001)
    }
}
