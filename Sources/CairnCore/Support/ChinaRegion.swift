import Foundation

/// A provincial-level division of China (省级行政区) with its GB/T 2260 code and major cities.
public struct Province: Sendable, Hashable {
    /// The two-digit GB/T 2260 code, such as `44` for Guangdong.
    public let code: String
    /// The official full Chinese name, such as `广东省` or `内蒙古自治区`.
    public let nameZh: String
    /// The common short Chinese name, such as `广东` or `内蒙古`.
    public let shortZh: String
    /// The English name, such as `Guangdong` or `Inner Mongolia`.
    public let nameEn: String
    /// The capital first, then other major prefecture-level cities; a single entry for municipalities, SARs and Taiwan.
    public let cities: [City]

    /// Creates a province.
    public init(code: String, nameZh: String, shortZh: String, nameEn: String, cities: [City]) {
        self.code = code
        self.nameZh = nameZh
        self.shortZh = shortZh
        self.nameEn = nameEn
        self.cities = cities
    }

    /// All 34 provincial-level divisions, in GB/T 2260 code order.
    public static let all: [Province] = north + east + southCentral + west + taiwanHongKongMacao

    /// Looks up a province by full Chinese name, short Chinese name or English name, ignoring case and spacing.
    public static func named(_ text: String) -> Province? {
        byName[RegionName.normalized(text)]
    }

    /// Every accepted name of every province, normalized, to the province (the first one to claim a name keeps it).
    private static let byName: [String: Province] = {
        var table: [String: Province] = [:]
        for province in all {
            let names = [province.nameZh, province.shortZh, province.nameEn] + (englishAliases[province.code] ?? [])
            for name in names where table[RegionName.normalized(name)] == nil {
                table[RegionName.normalized(name)] = province
            }
        }
        return table
    }()

    /// Every province's cities by each of their names, normalized, keyed by province code.
    private static let citiesByName: [String: [String: City]] = {
        var table: [String: [String: City]] = [:]
        for province in all {
            var cities: [String: City] = [:]
            for city in province.cities {
                for name in [city.nameZh, city.shortZh, city.nameEn] where cities[RegionName.normalized(name)] == nil {
                    cities[RegionName.normalized(name)] = city
                }
            }
            table[province.code] = cities
        }
        return table
    }()

    /// Looks up a province by its two-digit GB/T 2260 code.
    public static func code(_ code: String) -> Province? {
        let wanted = code.trimmingCharacters(in: .whitespacesAndNewlines)
        return all.first { $0.code == wanted }
    }

    /// Finds one of this province's cities by full name (`深圳市`), short name (`深圳`) or English name (`Shenzhen`).
    public func city(named text: String) -> City? {
        Self.citiesByName[code]?[RegionName.normalized(text)]
    }

    /// Other English spellings accepted by `named(_:)`, keyed by province code.
    static let englishAliases: [String: [String]] = [
        "15": ["Nei Mongol"],
        "54": ["Tibet"],
        "82": ["Macau"],
    ]
}

/// A prefecture-level city (地级市) of a province, or the single entry of a municipality, SAR or Taiwan.
public struct City: Sendable, Hashable {
    /// The six-digit GB/T 2260 code, such as `440300` for Shenzhen or `110100` for Beijing.
    public let code: String
    /// The official Chinese name, such as `深圳市`.
    public let nameZh: String
    /// The English name, such as `Shenzhen`.
    public let nameEn: String

    /// Creates a city.
    public init(code: String, nameZh: String, nameEn: String) {
        self.code = code
        self.nameZh = nameZh
        self.nameEn = nameEn
    }

    /// Creates a city from positional values, for compact data tables.
    init(_ code: String, _ nameZh: String, _ nameEn: String) {
        self.init(code: code, nameZh: nameZh, nameEn: nameEn)
    }

    /// The Chinese name without its administrative suffix, such as `深圳` for `深圳市`.
    public var shortZh: String {
        for suffix in RegionName.citySuffixes where nameZh.hasSuffix(suffix) && nameZh.count > suffix.count + 1 {
            return String(nameZh.dropLast(suffix.count))
        }
        return nameZh
    }
}

/// Name normalization shared by the region lookups.
enum RegionName {
    /// Administrative suffixes stripped to form a city's short name, longest first.
    static let citySuffixes = ["特别行政区", "市", "省"]

    /// Lowercases and drops whitespace, apostrophes and hyphens, so `Xi'an` and `XIAN` compare equal.
    static func normalized(_ text: String) -> String {
        let dropped: Set<Character> = ["'", "\u{2019}", "-"]
        return String(text.lowercased().filter { !$0.isWhitespace && !dropped.contains($0) })
    }
}
