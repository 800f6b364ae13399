import Foundation

/// The one JSON shape Cairn speaks: camelCase keys, ISO 8601 UTC times with milliseconds.
public enum RecordJSON {
    /// One configured encoder shared by every caller: encoding does not change it, and building one per response
    /// showed in profiles.
    public static let sharedEncoder = encoder()

    /// An encoder for API responses and audit snapshots (sorted keys so snapshots compare byte for byte).
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(format(date))
        }
        return encoder
    }

    /// A decoder that accepts ISO 8601 times with or without fractional seconds.
    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = parse(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: dateProblem)
            }
            return date
        }
        return decoder
    }

    /// The description carried by a date that failed to parse, so front ends can say "expected a date".
    public static let dateProblem = "expected an ISO 8601 date-time such as 2026-11-23T09:30:00Z"

    /// Formats an instant as `2026-11-23T09:30:00.000Z` (UTC, milliseconds); on every response, so kept cheap.
    public static func format(_ date: Date) -> String {
        let millis = date.epochMilliseconds
        let days = millis >= 0 ? millis / 86_400_000 : (millis - 86_399_999) / 86_400_000
        let millisOfDay = Int(millis - days * 86_400_000)
        let (year, month, day) = civilDate(daysSince1970: days)
        var text = ""
        text.reserveCapacity(24)
        func append(_ value: Int, width: Int) {
            let digits = String(value)
            if digits.count < width { text += String(repeating: "0", count: width - digits.count) }
            text += digits
        }
        append(Int(year), width: 4)
        text += "-"
        append(month, width: 2)
        text += "-"
        append(day, width: 2)
        text += "T"
        append(millisOfDay / 3_600_000, width: 2)
        text += ":"
        append(millisOfDay / 60_000 % 60, width: 2)
        text += ":"
        append(millisOfDay / 1000 % 60, width: 2)
        text += "."
        append(millisOfDay % 1000, width: 3)
        text += "Z"
        return text
    }

    /// The Gregorian date of a day count since 1970-01-01 (H. Hinnant's `civil_from_days`).
    static func civilDate(daysSince1970 days: Int64) -> (year: Int64, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = Int(dayOfYear - (153 * monthIndex + 2) / 5 + 1)
        let month = Int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9)
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Parses ISO 8601 with or without fractional seconds and with Z or an offset.
    public static func parse(_ text: String) -> Date? {
        if let date = try? Date(
            text, strategy: .iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
        {
            return date.truncatedToMilliseconds
        }
        if let date = try? Date(text, strategy: .iso8601) {
            return date.truncatedToMilliseconds
        }
        return nil
    }
}
