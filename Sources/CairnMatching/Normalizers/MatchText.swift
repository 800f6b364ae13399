import Foundation

/// Text as matching compares it: full-width folded to half-width, traditional characters to simplified,
/// lower-case, compatibility forms unified, outer space trimmed and inner runs of space collapsed.
public enum MatchText {
    /// The folded form of a text.
    public static func fold(_ text: String) -> String {
        var folded = text.precomposedStringWithCompatibilityMapping
        folded = folded.applyingTransform(.fullwidthToHalfwidth, reverse: false) ?? folded
        if folded.unicodeScalars.contains(where: isHan) {
            folded = folded.applyingTransform(StringTransform("Hant-Hans"), reverse: false) ?? folded
        }
        folded = folded.lowercased()
        return folded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The text without spaces and punctuation (letters, digits and Han characters only).
    public static func compact(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }))
    }

    /// Whether a scalar is a CJK unified ideograph.
    public static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0xF900...0xFAFF: true
        default: false
        }
    }
}
