import CairnCore
import CairnServices
import Foundation
import Hummingbird

/// Merging duplicate accounts and undoing a merge (the merge right).
struct MergeController {
    let merges: AccountMergeService

    func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.post("accounts/{id}/merge", use: merge)
        group.post("merges/{id}/undo", use: undo)
    }

    /// What a merge answers.
    struct MergeBody: Encodable {
        var mergeId: String
        var survivor: Stored<AccountFields>
        var movedChildren: Int
    }

    @Sendable func merge(_ request: Request, context: SignedInContext) async throws -> Response {
        let actor = context.actor
        let body = try await JSONBody.object(from: request)
        let (mergedIds, sources) = try Self.parse(body)
        let result = try await merges.merge(
            MergeRequest(survivorId: try context.parameters.require("id"), mergedIds: mergedIds, fieldSources: sources),
            by: actor)
        return try JSONResponse.make(
            MergeBody(mergeId: result.mergeId, survivor: result.survivor, movedChildren: result.movedChildren),
            headers: [.eTag: JSONResponse.etag(version: result.survivor.meta.version)])
    }

    @Sendable func undo(_ request: Request, context: SignedInContext) async throws -> Response {
        try await merges.undo(try context.parameters.require("id"), by: context.actor)
        return Response(status: .noContent)
    }

    /// `mergedIds` (an array of ids) and `fields` (field name → the id whose value survives), each checked.
    static func parse(_ body: [String: Any]) throws -> ([String], [String: String]) {
        var errors: [FieldError] = []
        var mergedIds: [String] = []
        switch body["mergedIds"] {
        case nil, is NSNull: errors.append(FieldError(field: "mergedIds", code: .required))
        case let ids as [String]: mergedIds = ids
        default:
            errors.append(FieldError(field: "mergedIds", code: .invalidType, parameters: ["expected": "array of strings"]))
        }
        var sources: [String: String] = [:]
        switch body["fields"] {
        case nil, is NSNull: break
        case let object as [String: String]: sources = object
        default:
            errors.append(
                FieldError(field: "fields", code: .invalidType, parameters: ["expected": "object of field → record id"]))
        }
        if !errors.isEmpty { throw APIError.service(.validation(errors)) }
        return (mergedIds, sources)
    }
}
