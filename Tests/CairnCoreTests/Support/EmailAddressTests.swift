import CairnCore
import Foundation
import Testing

struct EmailAddressTests {
    private static let label63 = String(repeating: "a", count: 63)
    private static let local64 = String(repeating: "b", count: 64)

    @Test(
        "Valid addresses are trimmed and lower-cased",
        arguments: [
            ("  Zhang.Wei@Example.COM ", "zhang.wei@example.com"),
            ("\u{3000}li.na@example.cn\u{3000}", "li.na@example.cn"),
            ("\tuser+tag@Sub.Example.co.uk\n", "user+tag@sub.example.co.uk"),
            ("o'brien@example.ie", "o'brien@example.ie"),
            ("a@b.co", "a@b.co"),
            ("123@163.com", "123@163.com"),
            ("x_y-z@my-host.example.org", "x_y-z@my-host.example.org"),
            ("!#$%&'*+/=?^_`{|}~-@example.com", "!#$%&'*+/=?^_`{|}~-@example.com"),
            (local64 + "@example.com", local64 + "@example.com"),
            ("a@" + label63 + ".com", "a@" + label63 + ".com"),
            (
                local64 + "@" + label63 + "." + label63 + "." + String(repeating: "c", count: 57) + ".com",
                local64 + "@" + label63 + "." + label63 + "." + String(repeating: "c", count: 57) + ".com"
            ),
        ]
    )
    func validAddress(raw: String, expected: String) throws {
        let address = try #require(EmailAddress(raw))
        #expect(address.value == expected)
        #expect(address.description == expected)
    }

    @Test(
        "Invalid addresses are rejected",
        arguments: [
            "", "plain", "a@b", "a..b@x.com", "@x.com", "a@-x.com", "a@x-.com",
            "a@@x.com", "a@x@y.com", ".a@x.com", "a.@x.com", "a@x..com", "a@.x.com", "a@x.com.",
            "a@x.c", "a@x.c0m", "a@1.123", "a b@x.com", "a@x_y.com", "a\"b@x.com",
            "张伟@example.com", "a@例子.com",
            "b" + local64 + "@example.com",
            "a@a" + label63 + ".com",
            local64 + "@" + label63 + "." + label63 + "." + String(repeating: "c", count: 58) + ".com",
        ]
    )
    func invalidAddress(raw: String) {
        #expect(EmailAddress(raw) == nil)
    }

    @Test("Codable as a single string")
    func codable() throws {
        let address = try #require(EmailAddress("Zhang.Wei@Example.com"))
        let data = try JSONEncoder().encode([address])
        #expect(String(decoding: data, as: UTF8.self) == #"["zhang.wei@example.com"]"#)
        #expect(try JSONDecoder().decode([EmailAddress].self, from: data) == [address])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([EmailAddress].self, from: Data(#"["a@b"]"#.utf8))
        }
    }
}
