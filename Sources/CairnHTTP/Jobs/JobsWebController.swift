import CairnCore
import CairnServices
import Hummingbird

/// The background jobs page for admins: the queue, what runs where, what failed and what died, with retry and cancel.
struct JobsWebController {
    let pages: WebPages
    private var services: Services { pages.services }

    func addRoutes(to router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(WebPaths.jobs), use: show)
        router.post(RouterPath(WebPaths.jobRetry(WebPaths.idParameter)), use: retry)
        router.post(RouterPath(WebPaths.jobCancel(WebPaths.idParameter)), use: cancel)
    }

    @Sendable func show(_ request: Request, context: SignedInContext) async throws -> Response {
        let query = FormFields(query: request)
        let notice = ["retried", "cancelled"].first { query[$0] != nil }.map { context.web.text("web.jobs.\($0)") }
        return try await render(request, context, notice: notice)
    }

    @Sendable func retry(_ request: Request, context: SignedInContext) async throws -> Response {
        try await change(request, context) { id in
            _ = try await services.jobs.retry(id, by: context.actor)
            return "retried"
        }
    }

    @Sendable func cancel(_ request: Request, context: SignedInContext) async throws -> Response {
        try await change(request, context) { id in
            _ = try await services.jobs.cancel(id, by: context.actor)
            return "cancelled"
        }
    }

    /// Applies a hand change and goes back to the page; a job that moved on meanwhile is explained there (409).
    private func change(
        _ request: Request, _ context: SignedInContext, _ apply: (String) async throws -> String
    ) async throws -> Response {
        do {
            let done = try await apply(try context.parameters.require("id"))
            return WebResponse.redirect(to: WebPaths.with(WebPaths.jobs, [(done, "1")]))
        } catch ServiceError.conflict(let errors) {
            let status = errors.first?.parameters["status"] ?? ""
            let problem = context.web.text("web.jobs.not_now", ["status": context.web.text("web.jobs.status.\(status)")])
            return try await render(request, context, problem: problem, status: .conflict)
        }
    }

    private func render(
        _ request: Request, _ context: SignedInContext, notice: String? = nil, problem: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let actor = context.actor
        var groups: [JobEntry.Status: [JobEntry]] = [:]
        for group in JobsPage.shownStatuses {
            groups[group] = try await services.jobs.list([group], limit: JobsPage.perGroup, by: actor)
        }
        let finished = try await services.jobs.list([.done, .cancelled], limit: JobsPage.perGroup, by: actor)
        let statistics = try await services.jobs.statistics()
        let chrome = try await pages.chrome(request, context, section: .admin)
        let page = JobsPage(
            chrome: chrome, statistics: statistics, groups: groups, finished: finished,
            now: services.environment.clock.now(), notice: notice, problem: problem)
        return pages.respond(page.render(), context, status: status)
    }
}
