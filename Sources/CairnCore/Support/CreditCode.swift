import Foundation

/// A Chinese unified social credit code (统一社会信用代码, GB 32100-2015).
///
/// A code has 18 characters: registration authority, entity type, a six-digit
/// administrative division code, a nine-character organisation code and a check character.
public struct CreditCode: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Why a string is not a valid credit code.
    public enum Problem: Sendable {
        /// The code does not have exactly 18 characters.
        case wrongLength
        /// A character is outside the code's alphabet, or the division code is not all digits.
        case invalidCharacter
        /// The first two characters are not a registration authority and entity type the standard defines.
        case unknownAuthority
        /// The 18th character does not match the check character computed from the first 17.
        case badCheckDigit
    }

    /// The canonical 18-character upper-case code.
    public let value: String

    // The standard's alphabet leaves out I, O, S, V and Z; a character's numeric value is its index.
    private static let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    private static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    private static let length = 18
    private static let divisionOffsets = 2..<8
    // GB 32100-2015 table 1 (with the later A and N authorities): registration authority → entity types it issues.
    private static let entityTypes: [Character: Set<Character>] = [
        "1": ["1", "2", "3", "9"], "2": ["1", "9"], "3": ["1", "2", "3", "4", "5", "9"], "4": ["1", "9"],
        "5": ["1", "2", "3", "9"], "6": ["1", "2", "9"], "7": ["1", "2", "9"], "8": ["1", "9"],
        "9": ["1", "2", "3"], "A": ["1", "9"], "N": ["1", "2", "3", "9"], "Y": ["1"],
    ]

    /// Parses a code as a person typed it, tolerating case, spaces, hyphens and full-width characters.
    public init?(_ raw: String) {
        let normalized = Self.normalize(raw)
        guard Self.problem(inNormalized: normalized) == nil else { return nil }
        value = normalized
    }

    /// The canonical code.
    public var description: String { value }

    /// Returns why `raw` is not a valid code, or nil when it is valid.
    public static func problem(in raw: String) -> Problem? {
        problem(inNormalized: normalize(raw))
    }

    /// Returns the check character completing a 17-character body, or nil when no completion is valid.
    ///
    /// The body must already be canonical: upper-case characters from the code's alphabet,
    /// with digits in positions 3–8, so that `body + check` always parses.
    public static func checkCharacter(forFirst17 body: String) -> Character? {
        let characters = Array(body)
        guard characters.count == length - 1, let values = numericValues(of: characters) else { return nil }
        return alphabet[checkValue(forBody: values)]
    }

    /// Decodes a code from a single string, throwing when it is not valid.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let code = CreditCode(raw) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Invalid unified social credit code: \(raw)")
        }
        self = code
    }

    /// Encodes the canonical code as a single string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    private static func normalize(_ raw: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in raw.unicodeScalars {
            let halfWidth =
                (0xFF01...0xFF5E).contains(scalar.value)
                ? Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar
                : scalar
            if halfWidth == "-" || halfWidth.properties.isWhitespace { continue }
            scalars.append(halfWidth)
        }
        return String(scalars).uppercased()
    }

    private static func problem(inNormalized code: String) -> Problem? {
        let characters = Array(code)
        guard characters.count == length else { return .wrongLength }
        guard let values = numericValues(of: characters) else { return .invalidCharacter }
        guard entityTypes[characters[0]]?.contains(characters[1]) == true else { return .unknownAuthority }
        let expected = checkValue(forBody: Array(values.prefix(length - 1)))
        return values[length - 1] == expected ? nil : .badCheckDigit
    }

    /// Maps characters to their values; nil when one is outside the alphabet or a division character is not a digit.
    private static func numericValues(of characters: [Character]) -> [Int]? {
        var values: [Int] = []
        for (offset, character) in characters.enumerated() {
            guard let value = alphabet.firstIndex(of: character) else { return nil }
            if divisionOffsets.contains(offset) && value > 9 { return nil }
            values.append(value)
        }
        return values
    }

    private static func checkValue(forBody values: [Int]) -> Int {
        let modulus = alphabet.count
        let sum = zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 }
        let check = modulus - sum % modulus
        return check == modulus ? 0 : check
    }
}
