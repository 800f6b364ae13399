import CairnCore
import CairnServices
import CairnTestSupport
import Foundation
import Hummingbird
import Testing

@testable import CairnHTTP

struct OpenAPITests {
    /// Every field error code the server can answer is in the document's list of codes.
    @Test func everyFieldErrorCodeIsDescribed() throws {
        let document = OpenAPIDocument.text
        let start = try #require(document.range(of: "    FieldProblem:"))
        let schema = document[start.upperBound...].prefix(3_000)
        for code in FieldErrorCode.allCases {
            #expect(schema.contains("          - \(code.rawValue)\n"), "\(code.rawValue) is not in FieldProblem's codes")
        }
    }

    /// Every JSON API and operational route is in the document (web pages are HTML for browsers, not API).
    @Test func everyRouteIsDescribed() async throws {
        try await TestDatabase.all[0].withServices { services in
            let router = ApplicationBuilder.router(services: services, metrics: nil)
            let document = OpenAPIDocument.text
            #expect(document.hasPrefix("openapi: 3.1"))
            for route in router.routes {
                let path = "\(route.path)".hasPrefix("/") ? "\(route.path)" : "/\(route.path)"
                guard path.hasPrefix("/api/") || ["/healthz", "/readyz", "/metrics"].contains(path) else { continue }
                let pathLine = "  \(path):"
                #expect(document.contains(pathLine), "\(path) is missing from openapi.yaml")
                guard let start = document.range(of: pathLine) else { continue }
                let section = document[start.upperBound...].prefix { _ in true }
                let nextPath = section.range(of: "\n  /").map { section[..<$0.lowerBound] } ?? section
                #expect(
                    nextPath.contains("    \(route.method.rawValue.lowercased()):"),
                    "\(route.method) \(path) is missing from openapi.yaml")
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func systemEndpointsAnswer(database: TestDatabase) async throws {
        try await APITest.run(database) { api in
            #expect(try await api.call(.get, "/healthz").status == .ok)
            let ready = try await api.call(.get, "/readyz")
            #expect(ready.json["status"] as? String == "ready")
            let spec = try await api.call(.get, "/api/openapi.yaml")
            #expect(spec.text.contains("/api/v1/accounts"))
            #expect(try await api.call(.get, "/metrics").status == .ok)
        }
    }
}
