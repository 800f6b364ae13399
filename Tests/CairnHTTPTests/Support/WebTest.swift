import CairnCore
import CairnHTTP
import CairnServices
import CairnTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// A browser as a test drives it: the real router, a cookie jar, and the form token of the last page read.
final class WebTest: @unchecked Sendable {
    let client: any TestClientProtocol
    let services: Services
    private(set) var cookies: [String: String] = [:]
    private(set) var formToken = ""

    init(client: any TestClientProtocol, services: Services) {
        self.client = client
        self.services = services
    }

    static func run(
        _ database: TestDatabase, clock: TestClock = TestClock(), _ body: @escaping @Sendable (WebTest) async throws -> Void
    ) async throws {
        try await database.withServices(clock: clock) { services in
            let app = Application(router: ApplicationBuilder.router(services: services, metrics: nil))
            try await app.test(.router) { client in
                try await body(WebTest(client: client, services: services))
            }
        }
    }

    /// Loads a page; remembers its cookies and form token.
    @discardableResult
    func get(_ path: String, headers: HTTPFields = [:]) async throws -> APIResponse {
        try await send(.get, path, body: nil, headers: headers)
    }

    /// Posts a form with the current token unless one is given.
    @discardableResult
    func post(_ path: String, _ fields: [(String, String)], token: String? = nil) async throws -> APIResponse {
        let all = [("_csrf", token ?? formToken)] + fields
        let body = all.map { "\($0.0)=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await send(.post, path, body: body, headers: [:])
    }

    /// Signs in through the login form.
    func signIn(_ email: String, password: String = "password-123") async throws {
        try await get("/login")
        let response = try await post("/login", [("email", email), ("password", password), ("next", "/today")])
        #expect(response.status == .seeOther)
        #expect(response.headers[.location] == "/today")
    }

    private func send(
        _ method: HTTPRequest.Method, _ path: String, body: String?, headers extra: HTTPFields
    ) async throws -> APIResponse {
        var headers = extra
        if !cookies.isEmpty {
            headers[.cookie] = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        }
        if body != nil { headers[.contentType] = "application/x-www-form-urlencoded" }
        let response = try await client.execute(
            uri: path, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }
        ) { response in
            APIResponse(status: response.status, headers: response.headers, body: Data(buffer: response.body))
        }
        for header in response.headers[values: .setCookie] {
            let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            let name = String(pair[0])
            let value = pair.count > 1 ? String(pair[1]) : ""
            if value.isEmpty || header.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
        }
        if let token = Self.firstMatch(#"name="_csrf" value="([0-9a-f]+)""#, in: response.text) { formToken = token }
        return response
    }

    static func firstMatch(_ pattern: String, in text: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
            let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            let range = Range(match.range(at: 1), in: text)
        else { return nil }
        return String(text[range])
    }

    static func encode(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }
}
