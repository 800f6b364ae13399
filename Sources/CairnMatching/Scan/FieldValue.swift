import CairnCore
import Foundation

/// One field of one record, normalized for comparison and blocking.
public enum FieldValue: Sendable, Equatable {
    case text(String)
    case company(CompanyName)
    case person(PersonName)

    /// The normalized value of a raw one; nil when empty or unusable.
    public init?(_ raw: String, normalizer: MatchRules.Normalizer, places: [(name: String, place: Place)] = []) {
        let trimmed = MatchText.trimmed(raw)
        guard !trimmed.isEmpty else { return nil }
        switch normalizer {
        case .text:
            self = .text(MatchText.fold(trimmed))
        case .digits:
            let digits = trimmed.filter(\.isASCII).filter(\.isNumber)
            guard !digits.isEmpty else { return nil }
            self = .text(digits)
        case .companyName:
            guard let name = CompanyName(trimmed, hints: places) else { return nil }
            self = .company(name)
        case .personName:
            guard let name = PersonName(trimmed) else { return nil }
            self = .person(name)
        case .phone:
            let normalized = PhoneNumber(trimmed)?.e164 ?? trimmed
            let digits = normalized.filter(\.isASCII).filter(\.isNumber)
            guard digits.count >= 7 else { return nil }
            self = .text(String(digits.suffix(10)))
        case .email:
            self = .text(trimmed.lowercased())
        case .creditCode:
            // Codes are ASCII (full-width forms folded): keep letters, upper-cased, and digits.
            var code = String.UnicodeScalarView()
            for scalar in trimmed.unicodeScalars {
                let value = (0xFF01...0xFF5E).contains(scalar.value) ? scalar.value - 0xFEE0 : scalar.value
                switch value {
                case 0x30...0x39, 0x41...0x5A: code.append(Unicode.Scalar(value)!)
                case 0x61...0x7A: code.append(Unicode.Scalar(value - 32)!)
                default: continue
                }
            }
            guard code.count >= 8 else { return nil }
            self = .text(String(code))
        }
    }

    /// The keys this value puts a record under in a block.
    var blockingKeys: [String] {
        switch self {
        case .text(let text): [text]
        case .company(let name): name.plain == name.core ? [name.core] : [name.core, name.plain]
        case .person(let name): name.spellings.sorted()
        }
    }

    /// A short text for reports.
    var display: String {
        switch self {
        case .text(let text): text
        case .company(let name): name.core
        case .person(let name): name.words.joined(separator: " ")
        }
    }
}
