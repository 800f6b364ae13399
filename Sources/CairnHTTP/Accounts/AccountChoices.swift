import CairnCore

/// The labelled choices account forms and filters offer, in the reader's language.
enum AccountChoices {
    static func industries(_ language: Language) -> [(value: String, label: String)] {
        Industry.all.map { ($0.code, language == .zhCN ? $0.nameZh : $0.nameEn) }
    }

    static func provinces(_ language: Language) -> [(value: String, label: String)] {
        Province.all.map { ($0.nameZh, language == .zhCN ? $0.nameZh : $0.nameEn) }
    }

    static func sources(_ language: Language) -> [(value: String, label: String)] {
        LeadSource.allCases.map { ($0.rawValue, language == .zhCN ? $0.nameZh : $0.nameEn) }
    }

    static func tiers() -> [(value: String, label: String)] {
        AccountTier.rawValues.map { ($0, $0) }
    }

    static func statuses(_ language: Language) -> [(value: String, label: String)] {
        DisplayFormat.options("account_status", AccountStatus.rawValues, language)
    }

    /// The display text of a stored industry code, province name or source.
    static func industryName(_ code: String?, _ language: Language) -> String {
        guard let code, let industry = Industry.code(code) else { return code ?? "" }
        return language == .zhCN ? industry.nameZh : industry.nameEn
    }

    static func provinceName(_ name: String?, _ language: Language) -> String {
        guard let name, let province = Province.named(name) else { return name ?? "" }
        return language == .zhCN ? province.nameZh : province.nameEn
    }

    /// A stored city name in the reader's language.
    static func cityName(_ name: String?, province: String?, _ language: Language) -> String {
        guard let name else { return "" }
        guard language == .en, let province = province.flatMap(Province.named),
            let city = province.cities.first(where: { $0.nameZh == name })
        else { return name }
        return city.nameEn
    }

    static func sourceName(_ source: LeadSource?, _ language: Language) -> String {
        guard let source else { return "" }
        return language == .zhCN ? source.nameZh : source.nameEn
    }
}
