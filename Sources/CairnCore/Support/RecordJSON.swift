import Foundation

/// The one JSON shape Cairn speaks: camelCase keys, ISO 8601 UTC times with milliseconds.
public enum RecordJSON {
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

    /// Formats an instant as `2026-11-23T09:30:00.000Z`.
    public static func format(_ date: Date) -> String {
        let millis = date.epochMilliseconds
        let seconds = millis >= 0 ? millis / 1000 : (millis - 999) / 1000
        let parts = utcCalendar.dateComponents(
            [.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: Double(seconds)))
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
            parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0, Int(millis - seconds * 1000))
    }

    private static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

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
