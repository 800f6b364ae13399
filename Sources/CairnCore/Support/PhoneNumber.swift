import Foundation

/// A telephone number in E.164 form, parsed leniently from how people write Chinese and international numbers.
public struct PhoneNumber: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The number in E.164 form, e.g. "+8613800138000" (without any extension: the line a company is reached on,
    /// which is what duplicate checks compare).
    public let e164: String
    /// The extension dialled after the number (分机, "转 8"), if any.
    public let extensionDigits: String?

    private static let chinaPrefix = "+86"

    /// Parses a Chinese mobile or landline, or an international number starting with "+" or "00".
    ///
    /// Spaces, dashes, dots, parentheses and full-width characters are ignored; an extension may follow as people
    /// write it ("转 8", "分机 8", "ext. 8", "x8") or as stored (";ext=8"); letters and anything else make the
    /// number invalid.
    public init?(_ raw: String) {
        let (number, extensionDigits) = Self.splitExtension(raw)
        guard let scanned = Self.scan(number) else { return nil }
        if let extensionDigits {
            guard (1...6).contains(extensionDigits.count), extensionDigits.allSatisfy(\.isASCIIDigitCharacter) else {
                return nil
            }
        }
        self.extensionDigits = extensionDigits
        let digits = scanned.digits
        let e164: String?
        if scanned.hasPlus {
            e164 = Self.internationalE164(Substring(digits))
        } else if digits.hasPrefix("00") {
            e164 = Self.internationalE164(digits.dropFirst(2))
        } else {
            e164 = Self.domesticNational(digits).map { Self.chinaPrefix + $0 }
        }
        guard let e164 else { return nil }
        self.e164 = e164
    }

    /// The number in E.164 form.
    public var description: String { e164 }

    /// The number as stored: E.164, with the extension in RFC 3966's way (`+861065521234;ext=8`, also a valid
    /// `tel:` address).
    public var stored: String { extensionDigits.map { "\(e164);ext=\($0)" } ?? e164 }

    /// The number and an extension written after it, or the raw text and nil.
    private static func splitExtension(_ raw: String) -> (String, String?) {
        for marker in [";ext=", "转", "分机", "ext.", "ext", "x", "X"] {
            if let range = raw.range(of: marker, options: .backwards) {
                // Full-width digits (０-９) count as digits; anything else is kept, and refused by the caller.
                let digits = raw[range.upperBound...].unicodeScalars.filter { !$0.properties.isWhitespace }.map {
                    (0xFF10...0xFF19).contains($0.value) ? Character(Unicode.Scalar($0.value - 0xFEE0)!) : Character($0)
                }
                return (String(raw[..<range.lowerBound]), String(digits))
            }
        }
        return (raw, nil)
    }

    /// Whether this is a Chinese number, mobile or landline.
    public var isChinese: Bool { e164.hasPrefix(Self.chinaPrefix) }

    /// Whether this is a Chinese mobile number.
    public var isChineseMobile: Bool { isChinese && Self.isChineseMobile(chineseNational) }

    /// The number with its middle hidden: "138****8000" for Chinese mobiles.
    ///
    /// Chinese landlines keep the area code and the last four digits ("010****1234");
    /// other numbers keep "+", the first two digits and the last four.
    public var masked: String {
        let shown: String
        let keptPrefix: Int
        if isChineseMobile {
            shown = String(chineseNational)
            keptPrefix = 3
        } else if isChinese {
            shown = "0" + chineseNational
            keptPrefix = 1 + Self.areaCodeLength(chineseNational)
        } else {
            shown = e164
            keptPrefix = 3
        }
        let maskedCount = max(shown.count - keptPrefix - 4, 0)
        let stars = String(repeating: "*", count: maskedCount)
        return "\(shown.prefix(keptPrefix))\(stars)\(shown.dropFirst(keptPrefix + maskedCount))"
    }

    /// The number as written within China: "138 0013 8000", "010 6552 1234", "010 6552 1234 转 8"; other
    /// numbers in E.164 form (with " ext. 8").
    public var nationalDisplay: String {
        guard let extensionDigits else { return mainDisplay }
        return isChinese ? "\(mainDisplay) 转 \(extensionDigits)" : "\(mainDisplay) ext. \(extensionDigits)"
    }

    private var mainDisplay: String {
        guard isChinese else { return e164 }
        let national = chineseNational
        if Self.isChineseMobile(national) {
            return [national.prefix(3), national.dropFirst(3).prefix(4), national.suffix(4)].joined(separator: " ")
        }
        let areaLength = Self.areaCodeLength(national)
        let local = national.dropFirst(areaLength)
        return "0\(national.prefix(areaLength)) \(local.dropLast(4)) \(local.suffix(4))"
    }

    /// Decodes a number from its E.164 string, throwing when it is not valid.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let number = PhoneNumber(raw) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Invalid phone number: \(raw)")
        }
        self = number
    }

    /// Encodes the number as stored (E.164, with `;ext=` when it has an extension).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(stored)
    }

    private var chineseNational: Substring { e164.dropFirst(Self.chinaPrefix.count) }

    /// Returns whether the number had a leading "+" and its digits, or nil when it holds anything but separators.
    private static func scan(_ raw: String) -> (hasPlus: Bool, digits: String)? {
        var hasPlus = false
        var digits = ""
        for scalar in raw.unicodeScalars {
            let halfWidth =
                (0xFF01...0xFF5E).contains(scalar.value)
                ? Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar
                : scalar
            switch halfWidth {
            case "0"..."9":
                digits.unicodeScalars.append(halfWidth)
            case "+" where !hasPlus && digits.isEmpty:
                hasPlus = true
            case "-", ".", "(", ")":
                continue
            case _ where halfWidth.properties.isWhitespace:
                continue
            default:
                return nil
            }
        }
        return digits.isEmpty ? nil : (hasPlus, digits)
    }

    private static func internationalE164(_ digits: Substring) -> String? {
        if digits.hasPrefix("86") {
            return isChineseNational(digits.dropFirst(2), allowMobile: true) ? "+" + digits : nil
        }
        guard let first = digits.first, first != "0", (8...15).contains(digits.count) else { return nil }
        return "+" + digits
    }

    /// The national number (without the trunk "0") of a number written within China, or nil.
    private static func domesticNational(_ digits: String) -> Substring? {
        let all = Substring(digits)
        if isChineseMobile(all) { return all }
        if digits.hasPrefix("0") {
            let national = all.dropFirst()
            return isChineseNational(national, allowMobile: false) ? national : nil
        }
        if digits.hasPrefix("86") {
            let national = all.dropFirst(2)
            return isChineseNational(national, allowMobile: true) ? national : nil
        }
        return nil
    }

    private static func isChineseMobile(_ national: Substring) -> Bool {
        guard national.count == 11, national.first == "1", let second = national.dropFirst().first else { return false }
        return ("3"..."9").contains(second)
    }

    /// Whether `national` (without the trunk "0") is a Chinese landline, or a mobile when allowed.
    private static func isChineseNational(_ national: Substring, allowMobile: Bool) -> Bool {
        if isChineseMobile(national) { return allowMobile }
        guard let first = national.first, first != "0", first != "1" || national.hasPrefix("10") else { return false }
        let localLength = national.count - areaCodeLength(national)
        return areaCodeLength(national) == 2 ? localLength == 8 : (7...8).contains(localLength)
    }

    /// The area code length without the trunk "0": 2 for Beijing (10) and 2X, otherwise 3.
    private static func areaCodeLength(_ national: Substring) -> Int {
        national.hasPrefix("10") || national.hasPrefix("2") ? 2 : 3
    }
}
