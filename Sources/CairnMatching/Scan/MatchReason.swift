import CairnCore

/// Why two records look like one, as a catalog key with its parameters, so each front end words it in the
/// reader's language ("same mobile", "company name matches after removing 有限公司 and (北京)", "张伟 = Zhang Wei").
public struct MatchReason: Sendable, Equatable {
    /// The message key in the catalogs (`match.same_phone` …).
    public var key: String
    /// Values the message names.
    public var parameters: [String: String]

    public init(_ key: String, _ parameters: [String: String] = [:]) {
        self.key = key
        self.parameters = parameters
    }
}

extension PairScorer {
    /// The reasons behind a pair's score, strongest evidence first; a conflict is listed as a reason against.
    public func reasons(_ left: MatchRecord, _ right: MatchRecord) -> [MatchReason] {
        var reasons: [MatchReason] = []
        for comparison in rules.comparisons {
            guard let index = fieldIndex[comparison.field], let a = left.values[index], let b = right.values[index]
            else { continue }
            let outcome = Self.compare(a, b, comparison)
            let rawA = left.written(index) ?? a.display
            let rawB = right.written(index) ?? b.display
            switch (rules.fields[index].normalizer, outcome, a, b) {
            case (.creditCode, .agree, _, _):
                reasons.append(MatchReason("match.same_credit_code", ["value": a.display]))
            case (.creditCode, .partial, _, _):
                reasons.append(MatchReason("match.credit_code_typo", ["a": a.display, "b": b.display]))
            case (.phone, .agree, _, _):
                // As people write it (138 0013 8000), not as stored (+8613800138000).
                let number = PhoneNumber(rawA)
                let shown = number?.nationalDisplay ?? rawA
                reasons.append(
                    MatchReason(number?.isChineseMobile == true ? "match.same_mobile" : "match.same_phone", ["value": shown]))
            case (.email, .agree, _, _):
                reasons.append(MatchReason("match.same_email", ["value": a.display]))
            case (.companyName, .agree, .company(let x), .company(let y)):
                if rawA == rawB {
                    reasons.append(MatchReason("match.same_company_name", ["value": rawA]))
                } else {
                    let removed = Self.removedParts(x) + Self.removedParts(y)
                    var unique: [String] = []
                    for part in removed where !unique.contains(part) { unique.append(part) }
                    reasons.append(
                        MatchReason(
                            "match.company_core",
                            ["core": x.core, "removed": unique.joined(separator: "、"), "a": rawA, "b": rawB]))
                }
            case (.companyName, .partial, _, _):
                reasons.append(MatchReason("match.company_similar", ["a": rawA, "b": rawB]))
            case (.companyName, .conflict, _, _):
                reasons.append(MatchReason("match.company_elsewhere", ["a": rawA, "b": rawB]))
            case (.personName, .agree, _, _):
                reasons.append(
                    MatchReason(rawA == rawB ? "match.same_person" : "match.same_person_spelled", ["a": rawA, "b": rawB]))
            case (.personName, .partial, _, _):
                reasons.append(MatchReason("match.person_similar", ["a": rawA, "b": rawB]))
            case (.text, .agree, _, _) where Language.zhCN.catalog["match.same_\(comparison.field)"] != nil:
                // Plain fields that say something to a person when equal (`account`: at the same account).
                reasons.append(MatchReason("match.same_\(comparison.field)"))
            default:
                break
            }
        }
        return reasons
    }

    /// What a company name lost on the way to its core: legal form and regions as written (`有限公司`, `(北京)`).
    static func removedParts(_ name: CompanyName) -> [String] {
        (name.legalForm.map { [$0] } ?? []) + name.regionSpellings
    }
}
