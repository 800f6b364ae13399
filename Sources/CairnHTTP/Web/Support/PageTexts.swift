import CairnCore

/// A page text in both languages, written side by side where its feature declares it.
struct PageText: Sendable {
    let zhCN: String
    let en: String

    init(_ zhCN: String, _ en: String) {
        self.zhCN = zhCN
        self.en = en
    }
}

/// The page texts features declare in the web target, beside their pages (`SettingsTexts`, …), looked up before
/// the core catalog (which keeps what the API says too: field names, errors). A key missing from both is noted by
/// `MessageCatalog.missingKeys`, which the crawl test reads.
enum PageTexts {
    /// Every feature's texts.
    static let all: [String: PageText] = [
        SettingsTexts.all, JobsTexts.all, TodayTexts.all, LeadsTexts.all, OpportunityTexts.all, TeamTexts.all, AccountTexts.all,
        ContactTexts.all,
    ].reduce(into: [:]) { all, feature in all.merge(feature) { first, _ in first } }

    /// The text in a language with `{name}` placeholders filled; nil when no feature declares the key.
    static func text(_ key: String, _ language: Language, _ parameters: [String: String]) -> String? {
        guard let pair = all[key] else { return nil }
        var text = language == .zhCN ? pair.zhCN : pair.en
        for (name, value) in parameters { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }
}
