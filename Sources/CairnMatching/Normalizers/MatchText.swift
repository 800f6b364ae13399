import Foundation

/// Text as matching compares it: full-width folded to half-width, traditional characters to simplified,
/// lower-case, compatibility forms unified, outer space trimmed and inner runs of space collapsed.
public enum MatchText {
    /// The folded form of a text. Full-width folding is arithmetic and each Han character's simplified form is
    /// looked up once (ICU's Hant-Hans) and remembered, so folding a million names stays cheap.
    public static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            var value = scalar.value
            if value == 0x3000 { value = 0x20 }
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            guard var folded = Unicode.Scalar(value) else { continue }
            if folded.properties.isWhitespace {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if isHan(folded) {
                folded = simplified(folded)
            } else if folded.isASCII {
                if (0x41...0x5A).contains(folded.value) { folded = Unicode.Scalar(folded.value + 32)! }
            } else {
                for lower in String(folded).lowercased().unicodeScalars {
                    if pendingSpace {
                        scalars.append(" ")
                        pendingSpace = false
                    }
                    scalars.append(lower)
                }
                continue
            }
            if pendingSpace {
                scalars.append(" ")
                pendingSpace = false
            }
            scalars.append(folded)
        }
        return String(scalars)
    }

    /// The text without surrounding white space; most values have none, and those are returned untouched without
    /// a trip through Foundation.
    public static func trimmed(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return text }
        guard first.properties.isWhitespace || last.properties.isWhitespace else { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The text without spaces and punctuation (letters, digits and Han characters only).
    public static func compact(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter(isKept)))
    }

    private static func isKept(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        return isHan(scalar) || CharacterSet.alphanumerics.contains(scalar)
    }

    /// Whether a scalar is a CJK unified ideograph.
    public static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0xF900...0xFAFF: true
        default: false
        }
    }

    /// The simplified form of a Han character (itself when it has none).
    static func simplified(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        simplifiedCache.value(for: scalar) {
            let converted = String(scalar).applyingTransform(StringTransform("Hant-Hans"), reverse: false)
            return converted?.unicodeScalars.count == 1 ? converted!.unicodeScalars.first! : scalar
        }
    }

    private static let simplifiedCache = MemoCache<Unicode.Scalar, Unicode.Scalar>()
}
