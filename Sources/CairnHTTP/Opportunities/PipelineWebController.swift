import CairnCore
import CairnServices
import Hummingbird

/// The pipeline board and stage moves from it.
struct PipelineWebController {
    let pages: WebPages
    private var services: Services { pages.services }

    func addRoutes(to router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(WebPaths.pipeline), use: board)
        router.post(RouterPath(WebPaths.opportunityMove(WebPaths.idParameter)), use: move)
    }

    @Sendable func board(_ request: Request, context: SignedInContext) async throws -> Response {
        try await render(request, context, filter: Self.filter(FormFields(query: request)), errors: FormErrors(), status: .ok)
    }

    @Sendable func move(_ request: Request, context: SignedInContext) async throws -> Response {
        let actor = context.actor
        let id = try context.parameters.require("id")
        let form = context.web.form
        let back = WebResponse.safeReturnPath(form["back"], fallback: WebPaths.pipeline)
        do {
            let moved = try await services.pipeline.moveStage(
                id, to: form["stage"] ?? "", lossReason: form.text("lossReason"),
                expectedVersion: try form.version(), by: actor)
            // Back where the move was made, saying what moved where (the board scrolls to the card).
            let said = WebPaths.with(back, [("moved", moved.id)])
            return WebResponse.redirect(to: back.hasPrefix(WebPaths.pipeline) ? said + "#deal-\(moved.id)" : said)
        } catch ServiceError.validation(let errors) {
            // Said on the deal's own card, with the chosen stage kept, and at the top naming the deal.
            let messages = errors.map { MessageCatalog.message(for: $0, context.web.language) }
            let refused = (dealId: id, stage: form["stage"] ?? "", messages: messages)
            return try await render(
                request, context, filter: Self.filter(FormFields(queryOf: back)), errors: FormErrors(),
                status: .unprocessableContent, refused: refused)
        }
    }

    /// The owner and team a board address asks for.
    static func filter(_ query: FormFields) -> DealFilter {
        DealFilter(ownerId: query.text("ownerId"), teamId: query.text("teamId"))
    }

    private func render(
        _ request: Request, _ context: SignedInContext, filter: DealFilter, errors: FormErrors,
        status: HTTPResponse.Status, refused: (dealId: String, stage: String, messages: [String])? = nil
    ) async throws -> Response {
        let actor = context.actor
        let filters = filter.listFilters.merging(["pipelineId": Pipeline.standard.id]) { first, _ in first }
        var columns: [StageKey: [Stored<OpportunityFields>]] = [:]
        for stage in Pipeline.standard.stages {
            var stageFilters = filters
            stageFilters["stage"] = stage.key.rawValue
            let page = try await services.opportunities.list(
                ListRequest(filters: stageFilters, sort: "-amount", limit: PipelineBoardPage.cardsPerColumn), by: actor)
            columns[stage.key] = page.items
        }
        let totals = try await services.pipeline.stageTotals(filter, by: actor)
        let accountIds = Set(columns.values.flatMap { $0.map(\.fields.accountId) })
        let accountNames = try await services.accounts.names(of: Array(accountIds), by: actor)
        let chrome = try await pages.chrome(request, context, section: .pipeline)
        var page = PipelineBoardPage(
            chrome: chrome, columns: columns, totals: totals, accountNames: accountNames,
            owners: try await services.users.colleagues(of: actor),
            teams: actor.visibility == .everything ? try await services.users.teams(by: actor) : [], filter: filter,
            errors: errors)
        page.refusedMove = refused
        if let refused, let deal = try? await services.opportunities.get(refused.dealId, by: actor) {
            page.problem = chrome.text(
                "web.pipeline.not_moved",
                ["name": deal.fields.name, "why": refused.messages.joined(separator: "；")])
        }
        if let movedId = FormFields(query: request).text("moved"),
            let deal = try? await services.opportunities.get(movedId, by: actor)
        {
            let history = try await services.pipeline.history(of: deal.id, by: actor)
            page.moved = StageMoveNotice(
                deal: deal, previous: StageMoveNotice.previousStage(of: deal, history: history), back: page.back)
        }
        return pages.respond(page.render(), context, status: status)
    }
}
