import CairnCore
import Foundation
import Hummingbird
import NIOCore
import Testing

@testable import CairnHTTP

/// Records and pages written by hand answer the same bytes the encoder wrote, a last page included.
struct RecordResponseTests {
    static let record = Stored(
        meta: RecordMeta(
            id: "00000000-0000-7000-8000-000000000001", ownerId: "owner", teamId: nil,
            createdAt: Date(timeIntervalSince1970: 1_790_000_000.25), createdBy: "creator"),
        fields: AccountFields(name: "宁波\"海天\"塑机/有限公司", aliases: ["海天"], phone: "+8657486182000", tier: .a))

    static func bytes(_ response: Response) async throws -> Data {
        var collected = ByteBuffer()
        var body = response.body
        let writer = CollectingWriter()
        try await body.write(writer)
        collected = await writer.buffer
        return Data(collected.readableBytesView)
    }

    @Test func pagesAndRecordsMatchTheEncoder() async throws {
        for cursor in [nil, "eyJ2IjoiMSJ9"] as [String?] {
            let written = try await Self.bytes(JSONResponse.page([Self.record, Self.record], nextCursor: cursor))
            let encoded = try await Self.bytes(
                try JSONResponse.make(PageBody(items: [Self.record, Self.record], nextCursor: cursor)))
            #expect(written == encoded, "\(String(decoding: written, as: UTF8.self))")
        }
        let emptyPage = try await Self.bytes(JSONResponse.page([Stored<AccountFields>](), nextCursor: nil))
        #expect(String(decoding: emptyPage, as: UTF8.self) == #"{"items":[],"nextCursor":null}"#)
        let written = try await Self.bytes(JSONResponse.record(Self.record))
        #expect(written == (try RecordJSON.sharedEncoder.encode(Self.record)))
    }
}

/// A response body writer that keeps what it is given.
actor CollectingWriter: ResponseBodyWriter {
    var buffer = ByteBuffer()

    func write(_ buffer: ByteBuffer) async throws {
        var incoming = buffer
        self.buffer.writeBuffer(&incoming)
    }

    func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
