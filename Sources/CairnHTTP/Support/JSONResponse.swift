import CairnCore
import Foundation
import Hummingbird

/// JSON responses in Cairn's one shape.
enum JSONResponse {
    /// A JSON response with a status and extra headers.
    static func make<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) throws -> Response {
        var allHeaders = headers
        allHeaders[.contentType] = "application/json; charset=utf-8"
        let data = try RecordJSON.sharedEncoder.encode(value)
        return Response(status: status, headers: allHeaders, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// The strong ETag for a record version.
    static func etag(version: Int) -> String { "\"\(version)\"" }
}

/// What an `If-Match` header asks for.
enum IfMatch {
    /// No header: the caller did not say which version it changes.
    case absent
    /// `*`: any current version.
    case any
    /// One version, from the record's ETag.
    case version(Int)

    /// Reads the header; a value that is not an ETag Cairn issued is a field error.
    init(_ request: Request) throws {
        guard let header = request.headers[.ifMatch]?.trimmingCharacters(in: .whitespaces), !header.isEmpty else {
            self = .absent
            return
        }
        if header == "*" {
            self = .any
            return
        }
        var text = Substring(header)
        if text.hasPrefix("W/") { text = text.dropFirst(2) }
        guard let version = Int(text.trimmingCharacters(in: CharacterSet(charactersIn: "\""))) else {
            throw APIError.service(.validation([FieldError(field: "If-Match", code: .invalidValue)]))
        }
        self = .version(version)
    }

    /// The version to check, if one was named.
    var version: Int? {
        if case .version(let version) = self { return version }
        return nil
    }
}

/// A page of items as the API returns it.
struct PageBody<Item: Encodable>: Encodable {
    var items: [Item]
    var nextCursor: String?

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(items, forKey: .items)
        try container.encode(nextCursor, forKey: .nextCursor)
    }

    private enum CodingKeys: String, CodingKey { case items, nextCursor }
}
