import Foundation

/// Toneless pinyin for Han characters, from ICU's Han-Latin transform, one character at a time (cached), with
/// the readings of surnames that differ from the character's common reading (单 Shan, 曾 Zeng, 仇 Qiu, 解 Xie …).
public enum Pinyin {
    /// The syllable of one Han character, lower-case without tones; nil for anything else.
    public static func syllable(of character: Character) -> String? {
        guard let scalar = character.unicodeScalars.first, MatchText.isHan(scalar) else { return nil }
        let syllable = cache.value(for: character) {
            let latin = String(character).applyingTransform(StringTransform("Han-Latin"), reverse: false) ?? ""
            let plain = (latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin).lowercased()
            return plain.filter { $0.isLetter && $0.isASCII }
        }
        return syllable.isEmpty ? nil : syllable
    }

    /// The syllable of a character read as a surname.
    public static func surnameSyllable(of character: Character) -> String? {
        surnameReadings[character] ?? syllable(of: character)
    }

    /// Surnames whose reading differs from the character's everyday one.
    static let surnameReadings: [Character: String] = [
        "单": "shan", "曾": "zeng", "仇": "qiu", "解": "xie", "朴": "piao", "区": "ou", "查": "zha", "乐": "yue",
        "盖": "ge", "繁": "po", "覃": "qin", "翟": "zhai", "召": "shao", "缪": "miao", "尉": "yu", "秘": "bi",
        "员": "yun", "长": "chang", "万": "wan", "华": "hua", "任": "ren", "沈": "shen", "纪": "ji", "种": "chong",
        "重": "chong", "薄": "bo", "费": "fei", "燕": "yan", "隗": "wei", "宓": "mi", "眭": "sui", "句": "gou",
        "晟": "cheng", "过": "guo", "藏": "zang", "相": "xiang", "祭": "zhai", "折": "she", "洗": "xian",
    ]

    private static let cache = MemoCache<Character, String>()
}
