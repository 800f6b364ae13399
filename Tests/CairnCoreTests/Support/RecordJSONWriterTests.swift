import CairnCore
import Foundation
import Testing

/// The hand-written record JSON must be exactly what the encoder writes, whatever the text holds.
struct RecordJSONWriterTests {
    /// Texts that exercise every escape: quotes, backslashes, slashes, each control character, DEL, line and
    /// paragraph separators, bidi marks, CJK and emoji.
    static let awkwardTexts: [String] = [
        "", "plain", "深圳华为技术有限公司", #"say "hi" \ back\slash / slash"#, "tab\tnew\nline\rcarriage",
        String((0..<32).map { Character(Unicode.Scalar(UInt8($0))) }), "del \u{7F}", "sep \u{2028} \u{2029}",
        "bidi \u{202E}abc\u{202C} zw \u{200B}", "emoji 👩‍👩‍👧 ✓", "</script><script>",
    ]

    private static func meta(_ index: Int, team: String?, deleted: Date?) -> RecordMeta {
        RecordMeta(
            id: "00000000-0000-7000-8000-\(String(format: "%012d", index))", version: index + 1, ownerId: "owner-\(index)",
            teamId: team, createdAt: Date(timeIntervalSince1970: 1_700_000_000.123), createdBy: "creator",
            updatedAt: Date(timeIntervalSince1970: 1_790_000_000.5 + Double(index)), updatedBy: "updater",
            deletedAt: deleted)
    }

    private static func expectSameAsEncoder<Fields: RecordFields>(_ record: Stored<Fields>) throws {
        let encoded = try RecordJSON.sharedEncoder.encode(record)
        let written = Data(RecordJSONWriter.bytes(record))
        #expect(
            written == encoded,
            "\(String(decoding: written, as: UTF8.self)) != \(String(decoding: encoded, as: UTF8.self))")
    }

    @Test func accountsContactsOpportunitiesAndTasksMatchTheEncoder() throws {
        for (index, text) in Self.awkwardTexts.enumerated() {
            let team = index % 2 == 0 ? "team/\(text)" : nil
            let deleted = index % 3 == 0 ? Date(timeIntervalSince1970: 1_800_000_000) : nil
            try Self.expectSameAsEncoder(
                Stored(
                    meta: Self.meta(index, team: team, deleted: deleted),
                    fields: AccountFields(
                        name: "名\(text)", aliases: [text, "别名"], creditCode: index % 2 == 0 ? nil : text, phone: text,
                        email: nil, website: text, industry: "I", province: text, city: nil, address: text,
                        source: index % 2 == 0 ? .website : nil, tier: .a, status: .active,
                        purchaseCycleDays: index % 2 == 0 ? nil : index * 1_000_003, notes: text)))
            try Self.expectSameAsEncoder(
                Stored(
                    meta: Self.meta(index, team: team, deleted: deleted),
                    fields: ContactFields(accountId: "a-\(index)", name: text, mobile: text, email: text, notes: text)))
            try Self.expectSameAsEncoder(
                Stored(
                    meta: Self.meta(index, team: team, deleted: deleted),
                    fields: OpportunityFields(
                        accountId: "a", name: text, amount: Money(minorUnits: Int64(index) * 123_456_789, currency: "CNY"),
                        probability: index, expectedCloseDate: index % 2 == 0 ? "2027-01-31" : nil, notes: text)))
            try Self.expectSameAsEncoder(
                Stored(
                    meta: Self.meta(index, team: team, deleted: deleted),
                    fields: TaskFields(
                        title: text, description: text, dueAt: Date(timeIntervalSince1970: -86_400.25 * Double(index)),
                        accountId: index % 2 == 0 ? "a" : nil, completedAt: nil)))
        }
    }
}
