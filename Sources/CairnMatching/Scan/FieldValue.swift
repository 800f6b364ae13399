import CairnCore
import Foundation

/// One field of one record, normalized for comparison and blocking.
public enum FieldValue: Sendable, Equatable {
    case text(String)
    case company(CompanyName)
    case person(PersonName)

    /// The normalized value of a raw one; nil when empty or unusable.
    public init?(_ raw: String, normalizer: MatchRules.Normalizer, places: [(name: String, place: Place)] = []) {
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
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
            let code = trimmed.uppercased().filter { $0.isLetter || $0.isNumber }
            guard code.count >= 8 else { return nil }
            self = .text(code)
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
