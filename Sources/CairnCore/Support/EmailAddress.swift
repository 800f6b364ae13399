import Foundation

/// An e-mail address, trimmed and lower-cased, checked against a practical subset of RFC 5321/5322.
public struct EmailAddress: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The normalized, lower-case address.
    public let value: String

    private static let maxLength = 254
    private static let maxLocalLength = 64
    private static let maxDomainLength = 253
    private static let maxLabelLength = 63
    private static let localSymbols = Set("!#$%&'*+/=?^_`{|}~-.".unicodeScalars)

    /// Parses an address, trimming surrounding whitespace (including full-width spaces) and lower-casing it.
    public init?(_ raw: String) {
        // Lower-casing the local part is not strictly RFC-conformant, but CRM users expect
        // "Zhang.Wei@Example.COM" and "zhang.wei@example.com" to be the same contact.
        let address = raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard address.utf8.count <= Self.maxLength, parts.count == 2,
            Self.isValidLocalPart(parts[0]), Self.isValidDomain(parts[1])
        else { return nil }
        value = address
    }

    /// The normalized address.
    public var description: String { value }

    /// Decodes an address from a single string, throwing when it is not valid.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let address = EmailAddress(raw) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Invalid e-mail address: \(raw)")
        }
        self = address
    }

    /// Encodes the normalized address as a single string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    private static func isValidLocalPart(_ local: Substring) -> Bool {
        guard (1...maxLocalLength).contains(local.unicodeScalars.count),
            local.first != ".", local.last != ".", !local.contains("..")
        else { return false }
        return local.unicodeScalars.allSatisfy { isASCIIAlphanumeric($0) || localSymbols.contains($0) }
    }

    private static func isValidDomain(_ domain: Substring) -> Bool {
        guard domain.unicodeScalars.count <= maxDomainLength else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy(isValidLabel), let tld = labels.last else { return false }
        return tld.count >= 2 && tld.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
    }

    private static func isValidLabel(_ label: Substring) -> Bool {
        guard (1...maxLabelLength).contains(label.unicodeScalars.count),
            label.first != "-", label.last != "-"
        else { return false }
        return label.unicodeScalars.allSatisfy { isASCIIAlphanumeric($0) || $0 == "-" }
    }

    private static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
