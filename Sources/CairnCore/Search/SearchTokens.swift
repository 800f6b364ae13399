/// Turns text into the tokens Cairn's full-text index stores and queries, the same way on every database.
///
/// Han text is indexed as single characters and overlapping bigrams (Chinese has no spaces, and a two-character
/// query such as 华为 must hit); Latin letters and digits as whole words plus overlapping trigrams, so a phone
/// fragment or part of an email finds its record. Phones are indexed in E.164 and national form.
public enum SearchTokens {
    /// All tokens for the texts of one record, without duplicates.
    public static func index(_ texts: [String]) -> [String] {
        var seen = Set<String>()
        var result: [String] = []
        for text in texts {
            for variant in variants(of: text) {
                for token in tokens(in: variant, forQuery: false) where seen.insert(token).inserted {
                    result.append(token)
                }
            }
        }
        return result
    }

    /// The tokens a query must all match; empty when it has nothing searchable.
    public static func query(_ text: String) -> [String] {
        var seen = Set<String>()
        return tokens(in: text, forQuery: true).filter { seen.insert($0).inserted }
    }

    /// A phone in E.164 is also indexed in its national form (13800138000, 01065521234).
    private static func variants(of text: String) -> [String] {
        guard text.hasPrefix("+86"), text.count > 4 else { return [text] }
        let national = String(text.dropFirst(3))
        let isMobile = national.first == "1"
        return [text, isMobile ? national : "0" + national]
    }

    private static func tokens(in text: String, forQuery: Bool) -> [String] {
        var result: [String] = []
        for run in runs(in: normalize(text)) {
            switch run {
            case .han(let characters):
                if characters.count == 1 {
                    result.append(String(characters))
                } else {
                    if !forQuery { result.append(contentsOf: characters.map { String($0) }) }
                    for index in 0..<(characters.count - 1) {
                        result.append(String(characters[index...index + 1]))
                    }
                }
            case .word(let characters):
                if characters.count < 3 || !forQuery { result.append(String(characters)) }
                if characters.count >= 3 {
                    for index in starts(count: characters.count, width: 3, covering: forQuery) {
                        result.append(String(characters[index...index + 2]))
                    }
                }
            }
        }
        return result
    }

    /// Where the trigrams of a Latin or digit run start: every position when indexing; for a query only enough to
    /// cover the run (0, 3, 6, …, and the last), since each extra token is another posting list to intersect and
    /// digit trigrams are common. Han queries keep every bigram: the ones that cross word boundaries are the rare,
    /// selective ones.
    private static func starts(count: Int, width: Int, covering: Bool) -> [Int] {
        let last = count - width
        guard covering else { return Array(0...last) }
        var positions = Array(stride(from: 0, through: last, by: width))
        if positions.last != last { positions.append(last) }
        return positions
    }

    private enum Run {
        case han([Character])
        case word([Character])
    }

    private static func runs(in text: String) -> [Run] {
        var runs: [Run] = []
        var han: [Character] = []
        var word: [Character] = []
        func flush() {
            if !han.isEmpty { runs.append(.han(han)) }
            if !word.isEmpty { runs.append(.word(word)) }
            han = []
            word = []
        }
        for character in text {
            if character.isHan {
                if !word.isEmpty { flush() }
                han.append(character)
            } else if character.isASCII && (character.isLetter || character.isNumber) {
                if !han.isEmpty { flush() }
                word.append(character)
            } else {
                flush()
            }
        }
        flush()
        return runs
    }

    /// Lower-cases and folds full-width ASCII to half-width.
    static func normalize(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            if (0xFF01...0xFF5E).contains(scalar.value), let folded = Unicode.Scalar(scalar.value - 0xFEE0) {
                scalars.append(contentsOf: String(folded).lowercased().unicodeScalars)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}

extension Character {
    /// True for CJK unified ideographs (the basic block and extension A).
    var isHan: Bool {
        guard let scalar = unicodeScalars.first else { return false }
        return (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }
}
