import CairnCore
import CairnServices
import CairnTestSupport
import Foundation
import Hummingbird
import Testing

@testable import CairnHTTP

/// A browser never gets JSON and never follows a dead link: every page reachable from Today, as a rep and as an
/// admin, answers HTML with its real status; every link on them names a registered page; mistyped addresses and GETs
/// of addresses that only take forms answer HTML too; and no page asks for a text no catalog defines.
struct NoJSONInTheBrowserTests {
    @Test func everyLinkFromEveryPageLeadsToAnHTMLPage() async throws {
        try await WebTest.run(TestDatabase.all[0]) { web in
            let login = try await DemoLoader(environment: web.services.environment, users: web.services.users).load()
            let routes = RouteMethods()
            routes.load(ApplicationBuilder.router(services: web.services, metrics: nil).routes)
            var problems: [String] = []
            var pagesSeen = 0
            for email in [login.salesEmail, login.email] {
                try await web.signIn(email, password: login.password)
                let crawl = try await Self.crawl(web, from: "/today", routes: routes)
                problems += crawl.problems.map { "\(email): \($0)" }
                pagesSeen += crawl.pages
                #expect(try await web.post("/logout", []).status == .seeOther)
            }
            #expect(pagesSeen > 25, "only \(pagesSeen) pages crawled")

            try await web.signIn(login.salesEmail, password: login.password)
            for bad in ["/acounts", "/accounts/nope", "/nope/deeper/still", "/accounts/%E4%B8%8D/edit/x", "/api-docs"] {
                let answer = try await web.get(bad, headers: Self.browser)
                if answer.status != .notFound || !Self.isHTML(answer) {
                    problems.append("\(bad) answered \(answer.status) \(answer.headers[.contentType] ?? "")")
                }
            }
            let icon = try await web.get("/favicon.ico", headers: Self.browser)
            #expect(icon.status == .ok && icon.headers[.contentType] == "image/x-icon")

            // Every address that only takes forms, opened as a page (a reload, the language switch after a
            // refused form): sent on to its page, or an HTML page saying so — never JSON.
            let account = try #require(
                WebTest.firstMatch(#"href="/accounts/([0-9a-f-]{36})""#, in: try await web.get("/accounts").text))
            for route in routes.formOnlyPaths() where !ProblemMiddleware<CairnRequestContext>.answersJSON(route) {
                let path = route.replacing(/\{[^}]+\}/, with: account)
                var answer = try await web.get(path, headers: Self.browser)
                for _ in 0..<3 where answer.status == .seeOther {
                    answer = try await web.get(answer.headers[.location] ?? "/", headers: Self.browser)
                }
                if !Self.isHTML(answer) {
                    problems.append("GET \(path) answered \(answer.status) \(answer.headers[.contentType] ?? "")")
                }
            }
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
            #expect(MessageCatalog.missingKeys.isEmpty, "texts no catalog defines: \(MessageCatalog.missingKeys)")
        }
    }

    static let browser: HTTPFields = [.accept: "text/html,application/xhtml+xml"]

    static func isHTML(_ answer: APIResponse) -> Bool {
        answer.headers[.contentType]?.hasPrefix("text/html") == true
    }

    /// Visits pages breadth first from `start`, at most three addresses of each shape (`/accounts/{id}`), and
    /// reports answers that are not HTML pages with 200, and links that name no page.
    static func crawl(
        _ web: WebTest, from start: String, routes: RouteMethods
    ) async throws -> (
        problems: [String], pages: Int
    ) {
        var queue = [start]
        var seen: Set<String> = [start]
        var perShape: [String: Int] = [:]
        var problems: [String] = []
        var pages = 0
        while !queue.isEmpty, pages < 400 {
            let address = queue.removeFirst()
            let shape = Self.shape(of: address)
            guard perShape[shape, default: 0] < 3 else { continue }
            perShape[shape, default: 0] += 1
            let answer = try await web.get(address, headers: browser)
            pages += 1
            if answer.status == .seeOther, let next = answer.headers[.location] {
                if seen.insert(next).inserted { queue.append(next) }
                continue
            }
            guard answer.status == .ok, isHTML(answer) else {
                problems.append("\(address) answered \(answer.status) \(answer.headers[.contentType] ?? "")")
                continue
            }
            for link in links(in: answer.text) {
                let path = String(link.split(separator: "?", maxSplits: 1)[0])
                if path.hasPrefix("/assets/") || path == WebPaths.favicon { continue }
                guard routes.allowed(for: path).contains("GET") else {
                    problems.append("\(address) links to \(link), which no page answers")
                    continue
                }
                if path != WebPaths.logout, seen.insert(link).inserted { queue.append(link) }
            }
        }
        return (problems, pages)
    }

    /// The local addresses a page links to (`href`s and the actions of GET forms).
    static func links(in html: String) -> [String] {
        let pattern = #"(?:href="(/[^"]*)")|(?:<form[^>]*method="get"[^>]*action="(/[^"]*)")"#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        return regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { match in
            for group in 1...2 {
                if let range = Range(match.range(at: group), in: html) {
                    return String(html[range]).replacingOccurrences(of: "&amp;", with: "&")
                }
            }
            return nil
        }.filter { !$0.hasPrefix("//") }
    }

    /// An address with its ids replaced, so the crawl visits a few of each kind of page rather than all.
    static func shape(of address: String) -> String {
        let path = address.split(separator: "?", maxSplits: 1)[0]
        let query = address.contains("?") ? "?" : ""
        return path.split(separator: "/").map { $0.count >= 20 && $0.contains("-") ? "{id}" : String($0) }
            .joined(separator: "/") + query
    }
}
