import Foundation

/// A person's name as toneless pinyin or Latin words, order-insensitive: 张伟, Zhang Wei, WEI Zhang and zhangwei
/// are one name.
public struct PersonName: Sendable, Equatable {
    /// The words in the order written (a Han name gives one syllable per character, surname first).
    public let words: [String]
    /// The name written as one word in either order: surname first and surname last.
    public let spellings: Set<String>

    /// Reads a name; nil when it has no letters.
    public init?(_ raw: String) {
        let folded = MatchText.fold(raw)
        var words: [String] = []
        var latin = ""
        var isFirstHan = true
        for character in folded {
            if let scalar = character.unicodeScalars.first, MatchText.isHan(scalar) {
                if !latin.isEmpty {
                    words.append(latin)
                    latin = ""
                }
                let syllable = isFirstHan ? Pinyin.surnameSyllable(of: character) : Pinyin.syllable(of: character)
                isFirstHan = false
                if let syllable { words.append(syllable) }
            } else if character.isASCII, character.isLetter {
                latin.append(character)
            } else if character.isLetter {
                let plain = String(character).applyingTransform(.stripDiacritics, reverse: false) ?? String(character)
                latin += plain.filter(\.isASCII)
            } else if !latin.isEmpty {
                words.append(latin)
                latin = ""
            }
        }
        if !latin.isEmpty { words.append(latin) }
        guard !words.isEmpty else { return nil }
        self.words = words
        var spellings: Set<String> = [words.joined()]
        if words.count > 1 {
            // Surname first ↔ surname last: `zhang wei` ↔ `wei zhang`, `gu jian hai` ↔ `jian hai gu`.
            spellings.insert((words.dropFirst() + [words[0]]).joined())
            spellings.insert(([words[words.count - 1]] + words.dropLast()).joined())
        }
        self.spellings = spellings
    }

    /// Whether two names are the same name in any order and spacing.
    public func isSameName(as other: PersonName) -> Bool {
        !spellings.isDisjoint(with: other.spellings)
    }

    /// The best Jaro-Winkler similarity between any spelling of each (for typos such as Clark / Clrak).
    public func similarity(to other: PersonName) -> Double {
        var best = 0.0
        for spelling in spellings {
            for otherSpelling in other.spellings {
                best = max(best, JaroWinkler.similarity(spelling, otherSpelling))
            }
        }
        return best
    }
}
