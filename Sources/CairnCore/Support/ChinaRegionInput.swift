/// Normalizes free-typed province and city input to official names when they are Chinese ones.
enum ChinaRegionInput {
    /// Known names become official ("广东" → "广东省", "Shenzhen" → "深圳市"); others are kept as typed.
    static func normalize(province: String?, city: String?, checks: inout FieldChecks) -> (province: String?, city: String?) {
        let provinceText = checks.optionalText("province", province, max: 50)
        let cityText = checks.optionalText("city", city, max: 50)
        guard let provinceText, let known = Province.named(provinceText) else {
            return (provinceText, cityText)
        }
        let normalizedCity = cityText.map { known.city(named: $0)?.nameZh ?? $0 }
        return (known.nameZh, normalizedCity)
    }
}
