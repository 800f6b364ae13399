import CairnCore
import Foundation

/// A company name taken apart the way people recognise a company: the core (trade name and line of business),
/// the regions it names, its legal form and whether it is a branch (分公司) and of where.
///
/// `北京某某科技有限公司`, `某某科技（北京）`, `某某科技(北京)有限公司` all have the core `某某科技` and the region
/// 北京; `Buck Trading Ltd.` and `Buck Trading Inc` have the core `bucktrading`.
public struct CompanyName: Sendable, Equatable {
    /// What is left after regions, legal form and punctuation are removed.
    public var core: String
    /// Regions named in the name (prefix or brackets), as places.
    public var regions: [Place]
    /// How those regions were written, compact (`北京`, `平顶山市`).
    public var regionSpellings: [String]
    /// The name without brackets, legal form and punctuation but with its region prefix (`北京某某科技`): a second
    /// blocking key, so a name whose region one record recognised and the other did not still meets its twin.
    public var plain: String
    /// The legal form removed, e.g. `有限公司`, `ltd`; nil when none.
    public var legalForm: String?
    /// For a branch, the place after the parent's name (`中卫` in `…有限公司中卫分公司`); nil for a head office.
    public var branchOf: String?

    /// Takes a name apart; nil when nothing recognisable is left. `hints` are the places the record's own
    /// province and city fields name (`Place.hints`), recognised in the name even when the built-in table lacks them.
    public init?(_ raw: String, hints: [(name: String, place: Place)] = []) {
        var text = MatchText.fold(raw)
        branchOf = nil
        if text.unicodeScalars.contains("分"), let range = text.range(of: "分公司", options: .backwards) {
            let parent = text[..<range.lowerBound]
            if let end = parent.range(of: "公司", options: .backwards) {
                // `中卫`, `中卫市`, `中卫市()` are one branch.
                branchOf = Place.shortCityName(MatchText.compact(String(parent[end.upperBound...])))
                text = String(parent[..<end.upperBound])
            } else {
                branchOf = ""
                text = String(parent)
            }
        }
        var regions: [Place] = []
        var spellings: [String] = []
        // Bracketed parts: （北京） (北京).
        while let open = text.firstIndex(where: { $0 == "(" }), let close = text[open...].firstIndex(of: ")") {
            let inside = String(text[text.index(after: open)..<close])
            if let place = Place.named(inside, hints: hints) {
                regions.append(place)
                spellings.append(MatchText.compact(inside))
            }
            text.removeSubrange(open...close)
        }
        let suffix = Self.stripLegalForm(&text)
        legalForm = suffix
        var compact = MatchText.compact(text)
        plain = compact
        // Region prefixes: 北京, 北京市, 广东省深圳市 … (only while a core of two characters or more remains).
        // (Lengths in Unicode scalars, as `Place` measures them.)
        while let (place, length) = Place.prefix(of: compact, hints: hints), compact.unicodeScalars.count - length >= 2 {
            regions.append(place)
            spellings.append(String(compact.unicodeScalars.prefix(length)))
            compact = String(compact.unicodeScalars.dropFirst(length))
        }
        // A region written at the end (某某科技北京).
        if let (place, length) = Place.suffix(of: compact, hints: hints), compact.unicodeScalars.count - length >= 2 {
            regions.append(place)
            spellings.append(String(compact.unicodeScalars.suffix(length)))
            compact = String(compact.unicodeScalars.dropLast(length))
        }
        guard !compact.isEmpty else { return nil }
        core = compact
        self.regions = regions
        regionSpellings = spellings
    }

    /// Whether the cores are the same, also when one record could not recognise a region the other did
    /// (`张家界优奥供应链` against `优奥供应链` with region 张家界).
    public func hasSameCore(as other: CompanyName) -> Bool {
        if core == other.core { return true }
        func withRegion(_ name: CompanyName, _ plain: String) -> Bool {
            name.regionSpellings.contains { plain == $0 + name.core || plain == name.core + $0 }
        }
        return withRegion(other, core) || withRegion(self, other.core)
    }

    /// Whether two names point at different legal entities whatever their cores say: another region, or a branch
    /// against a head office or another branch.
    public func conflicts(with other: CompanyName) -> Bool {
        if (branchOf == nil) != (other.branchOf == nil) { return true }
        if let branch = branchOf, let otherBranch = other.branchOf, branch != otherBranch { return true }
        // A place one name gives that none of the other's places allows (both name places; the same list never
        // conflicts, so a trade name that is itself a place, 重庆山东食品, is safe).
        guard !regions.isEmpty, !other.regions.isEmpty else { return false }
        return regions.contains { place in !other.regions.contains { place.isCompatible(with: $0) } }
            || other.regions.contains { place in !regions.contains { place.isCompatible(with: $0) } }
    }

    /// Legal forms, longest first so `股份有限公司` is removed whole.
    static let legalForms = [
        "集团股份有限公司", "集团有限责任公司", "集团有限公司", "股份有限公司", "有限责任公司", "有限公司", "集团公司",
        "股份公司", "集团", "公司",
    ]
    static let latinLegalForms: Set<String> = [
        "inc", "incorporated", "ltd", "limited", "llc", "corp", "corporation", "co", "company", "plc", "gmbh", "group",
        "llp", "lp",
    ]

    private static func stripLegalForm(_ text: inout String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
        for form in legalForms where trimmed.hasSuffix(form) {
            text = String(trimmed.dropLast(form.count))
            return form
        }
        // Latin: drop legal-form words at the end (`Foods, Inc.`, `Black Ltd Inc.`).
        var words = trimmed.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        var removed: [String] = []
        while words.count > 1, let last = words.last, latinLegalForms.contains(last) {
            removed.insert(last, at: 0)
            words.removeLast()
        }
        guard !removed.isEmpty else { return nil }
        text = words.joined(separator: " ")
        return removed.joined(separator: " ")
    }
}
