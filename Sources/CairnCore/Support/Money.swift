import Foundation

/// An amount of money: integer minor units (fen, cents) and an ISO 4217 currency. Never a float.
public struct Money: Sendable, Hashable, Codable {
    /// Amount in minor units, e.g. 1234567 for 12345.67.
    public var minorUnits: Int64
    /// ISO 4217 code, upper-case.
    public var currency: String

    /// Currencies Cairn accepts; all have two decimal places.
    public static let supportedCurrencies = ["CNY", "USD", "EUR", "HKD", "JPY", "GBP", "SGD"]
    /// The largest amount accepted (one trillion in major units).
    public static let maximumMinorUnits: Int64 = 100_000_000_000_000
    /// The maximum, as users read it.
    public static let maximumDisplay = "1000000000000.00"

    /// Creates an amount.
    public init(minorUnits: Int64, currency: String = "CNY") {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// Zero in a currency.
    public static func zero(_ currency: String = "CNY") -> Money { Money(minorUnits: 0, currency: currency) }

    /// Parses a decimal string such as "12345.67", "-3", "0.5" into minor units; nil when malformed.
    public static func minorUnits(parsing text: String) -> Int64? {
        var digits = Substring(text.trimmedForInput)
        var negative = false
        if digits.first == "-" {
            negative = true
            digits = digits.dropFirst()
        }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty, whole.count <= 15,
            whole.allSatisfy(\.isASCIIDigitCharacter)
        else { return nil }
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        guard fraction.count <= 2, fraction.allSatisfy(\.isASCIIDigitCharacter), !(parts.count == 2 && fraction.isEmpty)
        else { return nil }
        fraction = fraction.padding(toLength: 2, withPad: "0", startingAt: 0)
        guard let major = Int64(whole), let minor = Int64(fraction) else { return nil }
        let value = major * 100 + minor
        return negative ? -value : value
    }

    /// An amount as people type it into a form: grouping commas and spaces, a ¥ sign, and 万 (ten thousand) or 亿
    /// (a hundred million) after the number: "120,000.00", "¥ 120000", "12万", "1.5亿". Nil when malformed or above
    /// the largest amount.
    public static func minorUnits(parsingWritten text: String) -> Int64? {
        var cleaned = text.trimmedForInput.filter { !",，  ¥￥".contains($0) }
        var factor: Int64 = 1
        if cleaned.hasSuffix("万") {
            factor = 10_000
        } else if cleaned.hasSuffix("亿") {
            factor = 100_000_000
        }
        if factor > 1 { cleaned.removeLast() }
        guard let minor = minorUnits(parsing: cleaned) else { return nil }
        let (scaled, overflow) = minor.multipliedReportingOverflow(by: factor)
        guard !overflow, scaled.magnitude <= maximumMinorUnits.magnitude else { return nil }
        return scaled
    }

    /// The amount as a decimal string with two places, e.g. "12345.67".
    public var amountText: String {
        let sign = minorUnits < 0 ? "-" : ""
        let magnitude = minorUnits.magnitude
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    private enum CodingKeys: String, CodingKey { case amount, currency }

    /// Decodes `{"amount": "12345.67", "currency": "CNY"}`; the amount may also be a JSON number.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let currency = try container.decodeIfPresent(String.self, forKey: .currency)?.uppercased() ?? "CNY"
        let text: String
        if let string = try? container.decode(String.self, forKey: .amount) {
            text = string
        } else {
            let number = try container.decode(Decimal.self, forKey: .amount)
            text = "\(number)"
        }
        guard let minor = Money.minorUnits(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                forKey: .amount, in: container, debugDescription: "expected a decimal amount with at most two places")
        }
        self.init(minorUnits: minor, currency: currency)
    }

    /// Encodes as `{"amount": "12345.67", "currency": "CNY"}` so no client rounds through a float.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(amountText, forKey: .amount)
        try container.encode(currency, forKey: .currency)
    }
}

extension Character {
    /// True for 0–9 only (not other scripts' digits).
    public var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
