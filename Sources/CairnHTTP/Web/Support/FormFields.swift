import Foundation
import Hummingbird

/// The fields of an `application/x-www-form-urlencoded` body, in the order they came (a name may repeat).
public struct FormFields: Sendable, Equatable {
    /// Every name and value.
    public private(set) var pairs: [(name: String, value: String)]

    /// Parses a form body; malformed percent escapes are kept as typed.
    public init(urlEncoded body: String) {
        pairs = body.split(separator: "&", omittingEmptySubsequences: true).map { part in
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (Self.decode(pieces[0]), pieces.count > 1 ? Self.decode(pieces[1]) : "")
        }
    }

    /// The query string of a request, read the way browsers write forms (`+` is a space).
    public init(query request: Request) {
        self.init(urlEncoded: request.uri.query ?? "")
    }

    /// The query part of a local address such as `/leads?status=new` (a page to return to).
    public init(queryOf path: String) {
        self.init(urlEncoded: path.split(separator: "?", maxSplits: 1).dropFirst().first.map(String.init) ?? "")
    }

    /// No fields.
    public init() { pairs = [] }

    /// The first value of a field, nil when absent.
    public subscript(_ name: String) -> String? { pairs.first { $0.name == name }?.value }

    /// The first value, trimmed; nil when absent or blank (an empty form field means "not given").
    /// Every value sent under a name (checkboxes), in order.
    public func values(_ name: String) -> [String] { pairs.filter { $0.name == name }.map(\.value) }

    /// The record version a form that changes a record carries (the page it was made on showed that version); a
    /// form without one did not come from Cairn's pages, so it is refused like a form whose token expired.
    func version() throws -> Int {
        guard let version = self["version"].flatMap({ Int($0) }), version >= 1 else { throw WebError.formExpired }
        return version
    }

    public func text(_ name: String) -> String? {
        guard let value = self[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    public static func == (left: FormFields, right: FormFields) -> Bool {
        left.pairs.map(\.name) == right.pairs.map(\.name) && left.pairs.map(\.value) == right.pairs.map(\.value)
    }
}
