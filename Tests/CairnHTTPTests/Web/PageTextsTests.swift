import CairnCore
import Testing

@testable import CairnHTTP

struct PageTextsTests {
    /// A text lives in one place: a key a feature declares is not also in the core catalog, and has both languages.
    @Test func eachPageTextIsDeclaredOnceInBothLanguages() {
        for (key, text) in PageTexts.all {
            #expect(Language.zhCN.catalog[key] == nil && Language.en.catalog[key] == nil, "\(key) is declared twice")
            #expect(!text.zhCN.isEmpty && !text.en.isEmpty, "\(key) lacks a language")
            let placeholders = { (text: String) in Set(text.matches(of: /\{[a-z]+\}/).map { String($0.output) }) }
            #expect(placeholders(text.zhCN) == placeholders(text.en), "\(key) fills different placeholders")
        }
    }
}
