import CairnCore
import Foundation
import Testing

struct PhoneNumberTests {
    @Test(
        "Valid numbers normalize to E.164",
        arguments: [
            ("+86 138-0013-8000", "+8613800138000"),
            ("13800138000", "+8613800138000"),
            ("138 0013 8000", "+8613800138000"),
            ("0086 13800138000", "+8613800138000"),
            ("86 13800138000", "+8613800138000"),
            ("+86 (138) 0013.8000", "+8613800138000"),
            ("  19912345678  ", "+8619912345678"),
            ("１３８００１３８０００", "+8613800138000"),
            ("＋８６\u{3000}１３８－００１３－８０００", "+8613800138000"),
            ("(010) 6552 1234", "+861065521234"),
            ("010-65521234", "+861065521234"),
            ("+86 10 6552 1234", "+861065521234"),
            ("021 5888 8888", "+862158888888"),
            ("0755-8888 8888", "+8675588888888"),
            ("0571-1234567", "+865711234567"),
            ("+1 415 555 0100", "+14155550100"),
            ("+1 (415) 555-0100", "+14155550100"),
            ("+44 20 7946 0958", "+442079460958"),
            ("0044 20 7946 0958", "+442079460958"),
        ]
    )
    func validNumber(raw: String, e164: String) throws {
        let number = try #require(PhoneNumber(raw))
        #expect(number.e164 == e164)
        #expect(number.description == e164)
    }

    @Test(
        "Invalid numbers are rejected",
        arguments: [
            "", "+", "abc", "12345", "1380013800a", "+86 123", "0086 123",
            "12800138000", "1380013800", "138001380001",
            "13800138000#12", "+86+13800138000", "138+00138000", "010 6552 1234 转 八", "010 6552 1234 转 1234567",
            "6552 1234", "010-6552123", "0755-888888", "0755-888888888",
            "+0 123 4567 890", "+1 234", "+1234567890123456", "转 8",
        ]
    )
    func invalidNumber(raw: String) {
        #expect(PhoneNumber(raw) == nil)
    }

    @Test(
        "Extensions are kept apart from the number, which duplicate checks compare",
        arguments: [
            ("010-6552 1234 转 8", "+861065521234", "+861065521234;ext=8", "010 6552 1234 转 8"),
            ("138-0013-8000 转 8", "+8613800138000", "+8613800138000;ext=8", "138 0013 8000 转 8"),
            ("(010) 6552 1234 分机 208", "+861065521234", "+861065521234;ext=208", "010 6552 1234 转 208"),
            ("+861065521234;ext=8", "+861065521234", "+861065521234;ext=8", "010 6552 1234 转 8"),
            ("+1 415 555 0100 x12", "+14155550100", "+14155550100;ext=12", "+14155550100 ext. 12"),
            ("0571-8888 1234 转 ８", "+8657188881234", "+8657188881234;ext=8", "0571 8888 1234 转 8"),
        ] as [(String, String, String, String)]
    )
    func extensions(raw: String, e164: String, stored: String, display: String) throws {
        let number = try #require(PhoneNumber(raw))
        #expect(number.e164 == e164 && number.stored == stored && number.nationalDisplay == display)
    }

    @Test(
        "Chinese numbers are recognized",
        arguments: [
            ("13800138000", true, true),
            ("010-65521234", true, false),
            ("+1 415 555 0100", false, false),
        ]
    )
    func chineseKinds(raw: String, isChinese: Bool, isChineseMobile: Bool) throws {
        let number = try #require(PhoneNumber(raw))
        #expect(number.isChinese == isChinese)
        #expect(number.isChineseMobile == isChineseMobile)
    }

    @Test(
        "Masking hides the middle digits",
        arguments: [
            ("13800138000", "138****8000"),
            ("010-65521234", "010****1234"),
            ("0755-8888 8888", "0755****8888"),
            ("0571-1234567", "0571***4567"),
            ("+1 415 555 0100", "+14*****0100"),
            ("+44 20 7946 0958", "+44******0958"),
        ]
    )
    func masked(raw: String, masked: String) throws {
        #expect(try #require(PhoneNumber(raw)).masked == masked)
    }

    @Test(
        "National display groups digits the Chinese way",
        arguments: [
            ("+8613800138000", "138 0013 8000"),
            ("(010) 6552 1234", "010 6552 1234"),
            ("0755-88888888", "0755 8888 8888"),
            ("0571-1234567", "0571 123 4567"),
            ("+1 415 555 0100", "+14155550100"),
        ]
    )
    func nationalDisplay(raw: String, display: String) throws {
        #expect(try #require(PhoneNumber(raw)).nationalDisplay == display)
    }

    @Test("Codable as the E.164 string")
    func codable() throws {
        let number = try #require(PhoneNumber("138 0013 8000"))
        let data = try JSONEncoder().encode([number])
        #expect(String(decoding: data, as: UTF8.self) == #"["+8613800138000"]"#)
        let decoded = try JSONDecoder().decode([PhoneNumber].self, from: data)
        #expect(decoded == [number])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([PhoneNumber].self, from: Data(#"["12345"]"#.utf8))
        }
    }
}
