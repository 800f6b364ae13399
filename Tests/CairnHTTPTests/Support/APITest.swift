import CairnCore
import CairnHTTP
import CairnServices
import CairnTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// A response as a test reads it.
struct APIResponse {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let body: Data

    var json: [String: Any] { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:] }
    var firstErrorField: String? { (json["errors"] as? [[String: Any]])?.first?["field"] as? String }
    var text: String { String(decoding: body, as: UTF8.self) }
}

/// Drives the real router (the one production builds) over real services on a fresh database.
struct APITest {
    let client: any TestClientProtocol
    let services: Services

    /// Runs `body` against the router; with `testClock`, the services run on it and its test-only endpoint exists,
    /// as with `cairn serve --test-clock`.
    static func run(
        _ database: TestDatabase, testClock: TestClock? = nil, _ body: @escaping @Sendable (APITest) async throws -> Void
    ) async throws {
        try await database.withServices(clock: testClock ?? TestClock()) { services in
            let app = Application(router: ApplicationBuilder.router(services: services, metrics: nil, testClock: testClock))
            // Jobs run beside the routes, as in `cairn serve`.
            let runner = services.jobRunner(settings: JobSettings(pollSeconds: 0.05), node: "api-test")
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await runner.run() }
                defer { group.cancelAll() }
                try await app.test(.router) { client in
                    try await body(APITest(client: client, services: services))
                }
            }
        }
    }

    func call(
        _ method: HTTPRequest.Method, _ path: String, token: String? = nil, json: Any? = nil, rawBody: String? = nil,
        headers extra: HTTPFields = [:]
    ) async throws -> APIResponse {
        var headers = extra
        if let token { headers[.authorization] = "Bearer \(token)" }
        var buffer: ByteBuffer?
        if let json {
            headers[.contentType] = "application/json"
            buffer = ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: json))
        } else if let rawBody {
            headers[.contentType] = headers[.contentType] ?? "application/json"
            buffer = ByteBuffer(string: rawBody)
        }
        return try await client.execute(uri: path, method: method, headers: headers, body: buffer) { response in
            APIResponse(status: response.status, headers: response.headers, body: Data(buffer: response.body))
        }
    }

    /// Creates a user through the service and logs in over HTTP; returns the bearer token.
    func userToken(email: String, role: String, team: String?) async throws -> String {
        _ = try await services.users.add(
            UserDraft(email: email, password: "password-123", name: email, role: role, teamName: team), by: .system)
        let response = try await call(.post, "/api/v1/auth/login", json: ["email": email, "password": "password-123"])
        #expect(response.status == .ok)
        #expect((response.json["user"] as? [String: Any])?["email"] as? String == email)
        return try #require(response.json["token"] as? String)
    }
}
