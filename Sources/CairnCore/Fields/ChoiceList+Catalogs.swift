extension ChoiceList {
    /// GB/T 4754 industry sections by letter, named in each language.
    public static let industries = ChoiceList(values: Industry.all.map(\.code), isUpperCased: true) { code, language in
        guard let industry = Industry.code(code) else { return code }
        return language == .zhCN ? industry.nameZh : industry.nameEn
    }

    /// The channels a lead or customer may come from.
    public static let leadSources = ChoiceList(values: LeadSource.allCases.map(\.rawValue)) { raw, language in
        guard let source = LeadSource(rawValue: raw) else { return raw }
        return language == .zhCN ? source.nameZh : source.nameEn
    }

    /// Why a deal was lost.
    public static let lossReasons = ChoiceList(values: LossReason.allCases.map(\.rawValue)) { raw, language in
        guard let reason = LossReason(rawValue: raw) else { return raw }
        return language == .zhCN ? reason.nameZh : reason.nameEn
    }
}
