import CairnCore
import CairnServices
import Foundation
import Hummingbird

/// Pipeline endpoints: stage moves, stage history, pipeline definitions.
struct StageController {
    let pipeline: OpportunityService

    func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.post("opportunities/{id}/stage", use: move)
        group.get("opportunities/{id}/stage-history", use: history)
        group.get("pipelines", use: pipelines)
    }

    @Sendable func move(_ request: Request, context: SignedInContext) async throws -> Response {
        let actor = context.actor
        let body = try await JSONBody.object(from: request)
        var errors: [FieldError] = []
        let stage = JSONBody.string("stage", in: body, errors: &errors)
        let lossReason = JSONBody.optionalString("lossReason", in: body, errors: &errors)
        if !errors.isEmpty { throw APIError.service(.validation(errors)) }
        let record = try await pipeline.moveStage(
            try context.parameters.require("id"), to: stage, lossReason: lossReason,
            expectedVersion: try IfMatch.optional(request), by: actor)
        return RecordController<OpportunityFields>.recordResponse(record)
    }

    @Sendable func history(_ request: Request, context: SignedInContext) async throws -> Response {
        let changes = try await pipeline.history(of: try context.parameters.require("id"), by: context.actor)
        return try JSONResponse.make(PageBody(items: changes, nextCursor: nil))
    }

    @Sendable func pipelines(_ request: Request, context: SignedInContext) async throws -> Response {
        _ = context.actor
        return try JSONResponse.make(PageBody(items: PipelineCatalog.all, nextCursor: nil))
    }
}
