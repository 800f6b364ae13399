import CairnCore
import Foundation

/// A province or city of China named in a company name or a record, by its official codes, so 北京, 北京市 and
/// Beijing are one place, and 甘肃 (a province) is compatible with 甘南 (a prefecture inside it).
public struct Place: Sendable, Equatable, Hashable {
    /// The province code (GB/T 2260, two digits).
    public let province: String
    /// The city code, nil when only the province is named.
    public let city: String?

    /// A place by codes; a city outside the built-in table is identified by its name (`name:淮安`).
    public init(province: String, city: String?) {
        self.province = province
        self.city = city
    }

    /// The places a record's own province and city fields name, with every spelling of them, so a company name
    /// mentioning its city is understood even for cities the built-in table lacks.
    public static func hints(province: String?, city: String?) -> [(name: String, place: Place)] {
        // Records repeat a few thousand province/city pairs; each pair's hints are computed once.
        hintCache.value(for: "\(province ?? "")|\(city ?? "")") { computeHints(province: province, city: city) }
    }

    private static let hintCache = MemoCache<String, [(name: String, place: Place)]>()

    private static func computeHints(province: String?, city: String?) -> [(name: String, place: Place)] {
        var hints: [(String, Place)] = []
        let provincePlace = province.flatMap(named)
        if let province, let provincePlace {
            hints.append((province, Place(province: provincePlace.province, city: nil)))
        }
        if let city, !city.isEmpty {
            if let known = named(city) {
                hints.append((city, known))
            } else if let provincePlace {
                let short = shortCityName(city)
                let place = Place(province: provincePlace.province, city: "name:\(short)")
                hints += [(city, place), (short, place)]
            }
        }
        return hints.map { (MatchText.compact(MatchText.fold($0.0)), $0.1) }.filter { $0.0.count >= 2 }
    }

    /// Whether two places can be the same place (one contains the other, or they are equal).
    public func isCompatible(with other: Place) -> Bool {
        guard province == other.province else { return false }
        guard let city, let otherCity = other.city else { return true }
        return city == otherCity
    }

    /// The place a name denotes (full or short, Chinese or English, case-insensitive), nil when none.
    public static func named(_ text: String) -> Place? {
        let key = MatchText.compact(MatchText.fold(text))
        return key.isEmpty ? nil : table.names[key]
    }

    /// The longest place name at the start of a compact text, with its length in Unicode scalars (a compact
    /// text holds letters, digits and Han characters, so scalars are what a reader counts, and cheaper to slice).
    static func prefix(of text: String, hints: [(name: String, place: Place)]) -> (Place, Int)? {
        longest(in: text, hints: hints) { scalars, length in String(String.UnicodeScalarView(scalars.prefix(length))) }
    }

    /// The longest place name at the end of a compact text, with its length in Unicode scalars.
    static func suffix(of text: String, hints: [(name: String, place: Place)]) -> (Place, Int)? {
        longest(in: text, hints: hints) { scalars, length in String(String.UnicodeScalarView(scalars.suffix(length))) }
    }

    /// A bracketed or whole text as a place: a hint from the record, else the built-in table.
    static func named(_ text: String, hints: [(name: String, place: Place)]) -> Place? {
        let key = MatchText.compact(MatchText.fold(text))
        return hints.first { $0.name == key }?.place ?? named(text)
    }

    private static func longest(
        in text: String, hints: [(name: String, place: Place)], _ piece: ([Unicode.Scalar], Int) -> String
    ) -> (Place, Int)? {
        let scalars = Array(text.unicodeScalars)
        let longestHint = hints.map(\.name.unicodeScalars.count).max() ?? 0
        let startsHan = scalars.first.map(MatchText.isHan) == true
        let longestName = startsHan ? table.longestHan : table.longest
        for length in stride(from: min(max(longestName, longestHint), scalars.count), through: 2, by: -1) {
            let candidate = piece(scalars, length)
            if let hint = hints.first(where: { $0.name == candidate }) { return (hint.place, length) }
            if let place = table.names[candidate] { return (place, length) }
        }
        return nil
    }

    private struct Table {
        var names: [String: Place] = [:]
        var longest = 0
        /// The longest Chinese spelling: a text starting with a Han character is never tried beyond it.
        var longestHan = 0
    }

    /// Every spelling of every province and city: official name, short name (without 省/市/自治区/地区/盟/自治州 and
    /// ethnic names), English name.
    private static let table: Table = {
        var table = Table()
        func add(_ name: String, _ place: Place) {
            let key = MatchText.compact(MatchText.fold(name))
            let length = key.unicodeScalars.count
            guard length >= 2, table.names[key] == nil else { return }
            table.names[key] = place
            table.longest = max(table.longest, length)
            if key.unicodeScalars.first.map(MatchText.isHan) == true { table.longestHan = max(table.longestHan, length) }
        }
        for province in Province.all {
            let place = Place(province: province.code, city: nil)
            add(province.nameZh, place)
            add(province.shortZh, place)
            add(province.nameEn, place)
        }
        // Cities after provinces: a province name wins where both spell the same (北京 is the province).
        for province in Province.all {
            for city in province.cities {
                let place = Place(province: province.code, city: city.code)
                add(city.nameZh, place)
                add(shortCityName(city.nameZh), place)
                add(city.nameEn, place)
            }
        }
        return table
    }()

    /// `深圳市` → `深圳`, `阿克苏地区` → `阿克苏`, `临夏回族自治州` → `临夏`, `锡林郭勒盟` → `锡林郭勒`.
    static func shortCityName(_ name: String) -> String {
        if let range = name.range(of: "自治州") {
            return String(name[..<range.lowerBound].prefix(2))
        }
        for suffix in ["地区", "市", "盟"] where name.hasSuffix(suffix) && name.count > suffix.count + 1 {
            return String(name.dropLast(suffix.count))
        }
        return name
    }
}
