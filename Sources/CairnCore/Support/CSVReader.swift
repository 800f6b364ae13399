import Foundation

/// RFC 4180 CSV: fields separated by commas, optionally quoted (a quote inside doubled), records ended by LF or
/// CRLF; a UTF-8 byte-order mark is ignored.
public enum CSVReader {
    /// Every record of a text, as fields.
    public static func records(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var isQuoted = false
        var justClosedQuote = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        var isFirst = true
        while let scalar = pending ?? iterator.next() {
            pending = nil
            if isFirst {
                isFirst = false
                if scalar == "\u{FEFF}" { continue }
            }
            if isQuoted {
                if scalar == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" {
                            field.unicodeScalars.append("\"")
                        } else {
                            isQuoted = false
                            justClosedQuote = true
                            pending = next
                        }
                    } else {
                        isQuoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty && !justClosedQuote:
                isQuoted = true
            case ",":
                record.append(field)
                field = ""
                justClosedQuote = false
            case "\r":
                continue
            case "\n":
                record.append(field)
                records.append(record)
                record = []
                field = ""
                justClosedQuote = false
            default:
                field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !record.isEmpty {
            record.append(field)
            records.append(record)
        }
        return records
    }

    /// Records as dictionaries keyed by the header row's names.
    public static func rows(_ text: String) -> (header: [String], rows: [[String: String]]) {
        var all = records(text)
        guard !all.isEmpty else { return ([], []) }
        let header = all.removeFirst()
        let rows = all.filter { $0 != [""] }.map { fields in
            Dictionary(
                zip(header, fields + Array(repeating: "", count: max(0, header.count - fields.count))),
                uniquingKeysWith: { first, _ in first })
        }
        return (header, rows)
    }

    /// A field written for CSV: quoted when it holds a comma, a quote or a line break.
    public static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
