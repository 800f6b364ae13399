import CairnServices
import Foundation
import Hummingbird
import Prometheus

/// Operational endpoints: liveness, readiness, Prometheus metrics and the OpenAPI document.
struct SystemController {
    let services: Services
    let metrics: PrometheusCollectorRegistry?

    func addRoutes(to router: Router<CairnRequestContext>) {
        router.get("healthz") { _, _ in try JSONResponse.make(["status": "ok"]) }
        router.get("readyz", use: ready)
        router.get("metrics", use: metricsText)
        router.get("api/openapi.yaml", use: openAPI)
    }

    @Sendable func ready(_ request: Request, context: CairnRequestContext) async throws -> Response {
        switch await services.readiness() {
        case .ready: return try JSONResponse.make(["status": "ready"])
        case .notReady(let reason):
            return try JSONResponse.make(["status": "not_ready", "reason": reason], status: .serviceUnavailable)
        }
    }

    @Sendable func metricsText(_ request: Request, context: CairnRequestContext) async throws -> Response {
        if let metrics, let statistics = try? await services.jobs.statistics() {
            JobGauges.record(statistics, now: services.environment.clock.now(), in: metrics)
        }
        let bytes = metrics?.emitToBuffer() ?? []
        return Response(
            status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    @Sendable func openAPI(_ request: Request, context: CairnRequestContext) async throws -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: OpenAPIDocument.bytes)))
    }
}

/// The OpenAPI 3.1 description: the resource shipped with Cairn, with each record kind's fields, patch members and
/// list parameters generated from their declarations (`RecordSchemas`).
enum OpenAPIDocument {
    /// The document's bytes.
    static let bytes: [UInt8] = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml"),
            let data = try? Data(contentsOf: url)
        else { return [] }
        return Array(RecordSchemas.fill(String(decoding: data, as: UTF8.self)).utf8)
    }()

    /// The document as text.
    static var text: String { String(decoding: bytes, as: UTF8.self) }
}
