import Foundation
import Testing

@testable import CairnCore

struct MoneyTests {
    @Test(arguments: [("12345.67", 1_234_567), ("0.5", 50), ("3", 300), ("-2.05", -205)] as [(String, Int64)])
    func parsesDecimalText(text: String, minor: Int64) {
        #expect(Money.minorUnits(parsing: text) == minor)
    }

    @Test(arguments: ["", "1.234", "abc", "1.", ".5", "1e5", "1,000"])
    func rejectsMalformedAmounts(text: String) {
        #expect(Money.minorUnits(parsing: text) == nil)
    }

    @Test(
        arguments: [
            ("120,000.00", 12_000_000), ("¥ 120000", 12_000_000), ("12万", 12_000_000), ("1.5亿", 15_000_000_000),
            ("3，500", 350_000),
        ] as [(String, Int64)])
    func parsesAmountsAsPeopleWriteThem(text: String, minor: Int64) {
        #expect(Money.minorUnits(parsingWritten: text) == minor)
    }

    @Test(arguments: ["十二万", "12万万", "万", "1.234万", "99999999999999亿"])
    func rejectsWrittenAmountsItCannotRead(text: String) {
        #expect(Money.minorUnits(parsingWritten: text) == nil)
    }

    @Test func encodesAmountAsTextWithCurrency() throws {
        let data = try RecordJSON.encoder().encode(Money(minorUnits: 1_234_567, currency: "CNY"))
        #expect(String(decoding: data, as: UTF8.self) == #"{"amount":"12345.67","currency":"CNY"}"#)
        let decoded = try RecordJSON.decoder().decode(Money.self, from: Data(#"{"amount":"99.9"}"#.utf8))
        #expect(decoded == Money(minorUnits: 9990, currency: "CNY"))
    }

    @Test func timesRoundTripWithMilliseconds() throws {
        let date = Date(epochMilliseconds: 1_795_424_400_123)
        #expect(RecordJSON.format(date) == "2026-11-23T09:00:00.123Z")
        #expect(RecordJSON.parse("2026-11-23T09:00:00.123Z") == date)
        #expect(RecordJSON.parse("2026-11-23T17:00:00+08:00") == Date(epochMilliseconds: 1_795_424_400_000))
        #expect(RecordJSON.parse("yesterday") == nil)
    }
}

struct RecordJSONDateTests {
    @Test(
        arguments: [
            (0, "1970-01-01T00:00:00.000Z"), (951_782_400_000, "2000-02-29T00:00:00.000Z"),
            (1_795_424_399_999, "2026-11-23T08:59:59.999Z"), (-1, "1969-12-31T23:59:59.999Z"),
            (4_102_444_800_000, "2100-01-01T00:00:00.000Z"),
        ] as [(Int64, String)])
    func formatsUTCWithMilliseconds(millis: Int64, expected: String) {
        #expect(RecordJSON.format(Date(epochMilliseconds: millis)) == expected)
        #expect(RecordJSON.parse(expected) == Date(epochMilliseconds: millis))
    }
}
