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

    /// A record as JSON, written by hand (`RecordJSONWriter`): the same bytes as `make`, at a fraction of the cost.
    static func record<Fields: RecordFields>(
        _ record: Stored<Fields>, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]
    ) -> Response {
        var allHeaders = headers
        allHeaders[.contentType] = "application/json; charset=utf-8"
        return Response(
            status: status, headers: allHeaders, body: ResponseBody(byteBuffer: ByteBuffer(bytes: RecordJSONWriter.bytes(record)))
        )
    }

    /// A page of records (`{"items":[…],"nextCursor":"…"}`, the cursor `null` on the last page), written by hand:
    /// the same bytes as `make(PageBody(…))`.
    static func page<Fields: RecordFields>(_ records: [Stored<Fields>], nextCursor: String?) -> Response {
        var bytes: [UInt8] = Array(#"{"items":["#.utf8)
        bytes.reserveCapacity(records.count * 1_024 + 64)
        for (index, record) in records.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            RecordJSONWriter.append(record, to: &bytes)
        }
        bytes.append(contentsOf: #"],"nextCursor":"#.utf8)
        if let nextCursor {
            RecordJSONWriter.appendString(nextCursor, to: &bytes)
        } else {
            bytes.append(contentsOf: "null".utf8)
        }
        bytes.append(UInt8(ascii: "}"))
        return Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// The strong ETag for a record version.
    static func etag(version: Int) -> String { "\"\(version)\"" }
}

/// The version an `If-Match` header names. Exactly one strong ETag Cairn issued (`"3"`) is accepted: `*`, a weak
/// ETag or a list would write over a version the caller never saw, so they are refused (422 naming `If-Match`).
enum IfMatch {
    /// The version named, for a change that needs one (PATCH, DELETE): 428 when the header is absent or empty.
    static func required(_ request: Request) throws -> Int {
        guard let version = try optional(request) else { throw APIError.preconditionRequired }
        return version
    }

    /// The version named, if the header is there (a stage move may go without it).
    static func optional(_ request: Request) throws -> Int? {
        guard let header = request.headers[.ifMatch]?.trimmingCharacters(in: .whitespaces), !header.isEmpty else {
            return nil
        }
        guard header.count >= 3, header.hasPrefix("\""), header.hasSuffix("\""),
            let version = Int(header.dropFirst().dropLast()), version >= 1
        else {
            throw APIError.service(
                .validation([FieldError(field: "If-Match", code: .invalidValue, parameters: ["expected": "\"<version>\""])]))
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
