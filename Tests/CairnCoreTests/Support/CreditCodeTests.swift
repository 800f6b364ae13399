import CairnCore
import Foundation
import Testing

struct CreditCodeTests {
    @Test(
        "Valid codes are accepted and normalized",
        arguments: [
            ("91350100M000100Y43", "91350100M000100Y43"),
            ("91110000600037341L", "91110000600037341L"),
            ("9144030071526726XG", "9144030071526726XG"),
            ("12100000400000769N", "12100000400000769N"),
            ("911101087109300080", "911101087109300080"),
            ("91350100m000100y43", "91350100M000100Y43"),
            ("  9135 0100 M000 100Y 43 ", "91350100M000100Y43"),
            ("91-350100-M000100Y4-3", "91350100M000100Y43"),
            ("９１３５０１００Ｍ０００１００Ｙ４３", "91350100M000100Y43"),
            ("\u{3000}９１３５０１００ｍ０００　１００ｙ４３\u{3000}", "91350100M000100Y43"),
        ]
    )
    func validCode(raw: String, expected: String) throws {
        let code = try #require(CreditCode(raw))
        #expect(code.value == expected)
        #expect(code.description == expected)
        #expect(CreditCode.problem(in: raw) == nil)
    }

    @Test(
        "Invalid codes are rejected with the reason",
        arguments: [
            ("", CreditCode.Problem.wrongLength),
            ("91350100M000100Y4", .wrongLength),
            ("91350100M000100Y433", .wrongLength),
            ("91350100M000100Y44", .badCheckDigit),
            ("000000000000000000", .unknownAuthority),
            ("94350100M000100Y43", .unknownAuthority),
            ("91350100M020100Y43", .badCheckDigit),
            ("91110000600037341K", .badCheckDigit),
            ("91350100MI00100Y43", .invalidCharacter),
            ("91350100MO00100Y43", .invalidCharacter),
            ("91350100M000100Y4S", .invalidCharacter),
            ("91350100M000100Y4#", .invalidCharacter),
            ("9135A100M000100Y43", .invalidCharacter),
        ]
    )
    func invalidCode(raw: String, problem: CreditCode.Problem) {
        #expect(CreditCode(raw) == nil)
        #expect(CreditCode.problem(in: raw) == problem)
    }

    @Test(
        "The check character completes a body into a valid code",
        arguments: [
            ("91350100M000100Y4", Character("3")),
            ("91110000600037341", "L"),
            ("9144030071526726X", "G"),
            ("12100000400000769", "N"),
            ("52100000MJ0000000", "Y"),
            ("91110108710930008", "0"),
        ]
    )
    func checkCharacterRoundTrips(body: String, expected: Character) throws {
        let check = try #require(CreditCode.checkCharacter(forFirst17: body))
        #expect(check == expected)
        let code = try #require(CreditCode(body + String(check)))
        #expect(code.value == body + String(check))
    }

    @Test(
        "No check character exists for an invalid body",
        arguments: ["", "9135010", "91350100M000100Y43", "91350100M000100YI", "9135A100M000100Y4"]
    )
    func checkCharacterRejectsInvalidBody(body: String) {
        #expect(CreditCode.checkCharacter(forFirst17: body) == nil)
    }

    @Test("Codable as a single validated string")
    func codable() throws {
        let code = try #require(CreditCode("91350100M000100Y43"))
        let data = try JSONEncoder().encode([code])
        #expect(String(decoding: data, as: UTF8.self) == #"["91350100M000100Y43"]"#)
        let decoded = try JSONDecoder().decode([CreditCode].self, from: Data(#"["91350100m000100y43"]"#.utf8))
        #expect(decoded == [code])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CreditCode].self, from: Data(#"["91350100M000100Y44"]"#.utf8))
        }
    }
}
