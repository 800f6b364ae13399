import CairnCore
import CairnServices
import Foundation
import Hummingbird

/// Batch duplicate scans over the API: start one, follow its progress, read its clusters (the review right).
struct DuplicateScanController {
    let scans: DuplicateScanService

    func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.post("duplicate-scans", use: start)
        group.get("duplicate-scans/{id}", use: read)
        group.get("duplicate-scans/{id}/clusters", use: clusters)
    }

    /// A scan as clients see it.
    struct ScanBody: Encodable {
        var id: String
        var status: String
        var phase: String
        var done: Int
        var total: Int
        var records: Int
        var comparedPairs: Int
        var clusters: Int
        var startedAt: Date
        var finishedAt: Date?
        var failure: String?
        var jobId: String?

        init(_ scan: DuplicateScanEntry) {
            id = scan.id
            status = scan.status.rawValue
            phase = scan.phase
            done = scan.done
            total = scan.total
            records = scan.records
            comparedPairs = scan.comparedPairs
            clusters = scan.clusters
            startedAt = scan.startedAt
            finishedAt = scan.finishedAt
            jobId = scan.jobId
            failure = scan.failure
        }
    }

    /// A cluster as clients see it.
    struct ClusterBody: Encodable {
        struct PairBody: Encodable {
            var leftId: String
            var rightId: String
            var score: Double
            var reasons: [DuplicateBody.Reason]
        }

        var number: Int
        var members: [Stored<AccountFields>]
        var pairs: [PairBody]
    }

    struct ClusterPage: Encodable {
        var items: [ClusterBody]
        var nextPage: Int?
    }

    @Sendable func start(_ request: Request, context: SignedInContext) async throws -> Response {
        let scan = try await scans.start(by: context.actor)
        return try JSONResponse.make(
            ScanBody(scan), status: .accepted, headers: [.location: "/api/v1/duplicate-scans/\(scan.id)"])
    }

    @Sendable func read(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.parameters.require("id")
        guard let scan = try await scans.scan(id == "latest" ? nil : id, by: context.actor) else {
            throw ServiceError.notFound(nil)
        }
        return try JSONResponse.make(ScanBody(scan))
    }

    @Sendable func clusters(_ request: Request, context: SignedInContext) async throws -> Response {
        let actor = context.actor
        let page = try Self.page(request)
        guard let scan = try await scans.scan(try context.parameters.require("id"), by: actor) else {
            throw ServiceError.notFound(nil)
        }
        let language = Language.preferred(fromAcceptLanguage: request.headers[.acceptLanguage])
        let clusters = try await scans.clusters(scanId: scan.id, page: page, by: actor)
        let items = clusters.map { cluster in
            ClusterBody(
                number: cluster.number, members: cluster.members,
                pairs: cluster.pairs.map { pair in
                    ClusterBody.PairBody(
                        leftId: pair.leftId, rightId: pair.rightId, score: (pair.score * 10).rounded() / 10,
                        reasons: pair.reasons.map {
                            DuplicateBody.Reason(code: $0.key, message: MessageCatalog.text($0.key, language, $0.parameters))
                        })
                })
        }
        let hasMore = (page + 1) * DuplicateScanService.clustersPerPage < scan.clusters
        return try JSONResponse.make(ClusterPage(items: items, nextPage: hasMore ? page + 1 : nil))
    }

    /// `?page=N` from 0.
    static func page(_ request: Request) throws -> Int {
        guard let text = request.uri.queryParameters["page"].map(String.init) else { return 0 }
        guard let page = Int(text), page >= 0, page <= 100_000 else {
            throw ServiceError.invalidQuery([
                FieldError(field: "page", code: .outOfRange, parameters: ["min": "0", "max": "100000"])
            ])
        }
        return page
    }
}
