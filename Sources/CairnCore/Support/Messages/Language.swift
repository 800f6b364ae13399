import Foundation

/// A language Cairn speaks: Simplified Chinese by default, English by choice.
public enum Language: String, Sendable, CaseIterable, Codable {
    case zhCN = "zh-CN"
    case en

    /// Picks the best language from an HTTP `Accept-Language` value (q-weights honoured); zh-CN when none fits.
    public static func preferred(fromAcceptLanguage header: String?) -> Language {
        guard let header, !header.isEmpty else { return .zhCN }
        let ranked = header.split(separator: ",").compactMap { part -> (String, Double)? in
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first?.lowercased(), !tag.isEmpty else { return nil }
            var weight = 1.0
            for piece in pieces.dropFirst() where piece.hasPrefix("q=") {
                weight = Double(piece.dropFirst(2)) ?? 0
            }
            return (tag, weight)
        }
        for (tag, weight) in ranked.sorted(by: { $0.1 > $1.1 }) where weight > 0 {
            if tag.hasPrefix("zh") { return .zhCN }
            if tag.hasPrefix("en") { return .en }
        }
        return .zhCN
    }

    /// The catalog of this language.
    public var catalog: [String: String] {
        switch self {
        case .zhCN: Self.chinese
        case .en: Self.english
        }
    }

    private static let chinese = MessageCatalog.zhCN.merging(MessageCatalog.webZhCN) { first, _ in first }
        .merging(MessageCatalog.matchZhCN) { first, _ in first }
        .merging(MessageCatalog.settingsZhCN) { first, _ in first }
    private static let english = MessageCatalog.en.merging(MessageCatalog.webEn) { first, _ in first }
        .merging(MessageCatalog.matchEn) { first, _ in first }
        .merging(MessageCatalog.settingsEn) { first, _ in first }
}
