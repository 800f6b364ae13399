import CairnCore
import Foundation

/// How times, waits and amounts read on a page, in the reader's language (dates in China time).
enum DisplayFormat {
    /// "35 分钟" / "35 minutes", "5 小时", "3 天": how long something has waited.
    static func duration(from start: Date, to end: Date, _ language: Language) -> String {
        let minutes = max(0, Int(end.timeIntervalSince(start) / 60))
        if minutes < 120 { return MessageCatalog.text("web.duration.minutes", language, ["n": String(minutes)]) }
        let hours = minutes / 60
        if hours < 48 { return MessageCatalog.text("web.duration.hours", language, ["n": String(hours)]) }
        return MessageCatalog.text("web.duration.days", language, ["n": String(hours / 24)])
    }

    /// `2026-11-23 14:05` in China time.
    static func dateTime(_ date: Date) -> String {
        chinaFormatter("yyyy-MM-dd HH:mm").string(from: date)
    }

    /// `14:05` in China time.
    static func time(_ date: Date) -> String {
        chinaFormatter("HH:mm").string(from: date)
    }

    /// `2026-11-23` in China time.
    static func date(_ date: Date) -> String {
        chinaFormatter("yyyy-MM-dd").string(from: date)
    }

    /// A stored phone as people write it at home: `139 2401 4909`, `0551-3428 0006`; others as stored.
    static func phone(_ stored: String?) -> String {
        guard let stored else { return "" }
        return PhoneNumber(stored)?.nationalDisplay ?? stored
    }

    /// `¥1,234,567.00` for yuan, `USD 1,234.00` otherwise.
    static func money(_ money: Money) -> String {
        let units = money.minorUnits
        let whole = abs(units) / 100
        let cents = abs(units) % 100
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        let text = (units < 0 ? "-" : "") + digits + grouped + "." + (cents < 10 ? "0" : "") + String(cents)
        return money.currency == "CNY" ? "¥" + text : "\(money.currency) \(text)"
    }

    /// The label of a choice value, e.g. `choice.activity_kind.call` → 电话; the raw value when unlabeled.
    static func choice(_ group: String, _ value: String?, _ language: Language) -> String {
        guard let value, !value.isEmpty else { return "" }
        let key = "choice.\(group).\(value)"
        let text = MessageCatalog.text(key, language)
        return text == key ? value : text
    }

    /// A count with thousands grouped: 12,345 (the same in Chinese pages, as Chinese software writes it).
    static func count(_ number: Int, _ language: Language) -> String {
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.locale = Locale(identifier: language == .zhCN ? "zh_CN" : "en_US")
        return formatter.string(from: NSNumber(value: number)) ?? String(number)
    }

    /// Items written as a list in the reader's language: 甲、乙 in Chinese, "a, b" in English.
    static func list(_ items: [String], _ language: Language) -> String {
        items.joined(separator: language == .zhCN ? "、" : ", ")
    }

    /// The label of a choice held as an enum.
    static func choice<Value: Choice>(_ group: String, _ value: Value?, _ language: Language) -> String {
        choice(group, value?.rawValue, language)
    }

    /// Options for a choice list, labelled in the reader's language.
    static func options(_ group: String, _ values: [String], _ language: Language) -> [(value: String, label: String)] {
        values.map { ($0, choice(group, $0, language)) }
    }

    /// A formatter for China wall-clock time (pages show and forms read times as people in China live them).
    static func chinaFormatter(_ format: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 8 * 3600)
        formatter.dateFormat = format
        return formatter
    }
}
