import Testing

@testable import CairnHTTP

/// Return addresses (`next` after sign-in, `back` after a language switch, a task done or a board move) are paths on
/// this site only: browsers drop tabs and line breaks from a URL and read a backslash as a slash, so `/\t/evil.example`
/// or `/\evil.example` would leave the site.
struct ReturnPathTests {
    @Test(arguments: [
        "//evil.example/", "/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example", "/\\evil.example",
        "/\u{0B}/evil.example", "/ /evil.example", "/\u{7F}/x", "/\u{00A0}/evil.example", "/\u{2028}/x",
        "https://evil.example/", "evil.example", "javascript:alert(1)", "", " /today",
    ])
    func addressesThatLeaveTheSiteAreNotFollowed(back: String) {
        #expect(WebResponse.safeReturnPath(back, fallback: "/today") == "/today")
    }

    @Test(arguments: ["/pipeline", "/accounts/42?saved=1", "/accounts?q=%E7%A7%91%E6%8A%80&sort=name", "/"])
    func pathsOnTheSiteAreFollowed(back: String) {
        #expect(WebResponse.safeReturnPath(back, fallback: "/today") == back)
    }
}
