import CairnCore
import Foundation
import Hummingbird

/// JSON responses in Cairn's one shape.
enum JSONResponse {
    /// A JSON response with a status and extra headers.
    static func make<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) throws -> Response {
        var allHeaders = headers
        allHeaders[.contentType] = "application/json; charset=utf-8"
        let data = try RecordJSON.encoder().encode(value)
        return Response(status: status, headers: allHeaders, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// The strong ETag for a record version.
    static func etag(version: Int) -> String { "\"\(version)\"" }

    /// The version named by an `If-Match` header; nil when absent, `.any` for `*`.
    static func expectedVersion(from request: Request) throws -> Int? {
        guard let header = request.headers[.ifMatch]?.trimmingCharacters(in: .whitespaces), !header.isEmpty else {
            return nil
        }
        if header == "*" { return -1 }
        var text = Substring(header)
        if text.hasPrefix("W/") { text = text.dropFirst(2) }
        text = text.trimmingCharacters(in: CharacterSet(charactersIn: "\""))[...]
        guard let version = Int(text) else {
            throw APIError.service(.validation([FieldError(field: "If-Match", code: .invalidValue)]))
        }
        return version
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
