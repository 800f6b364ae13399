import CairnCore
import CairnServices
import Hummingbird

/// The duplicates review for admins: batch scan with progress, clusters, merge review, merge and undo.
struct DuplicatesWebController {
    let pages: WebPages
    private var services: Services { pages.services }

    func addRoutes(to router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(WebPaths.duplicates), use: show)
        router.post(RouterPath(WebPaths.duplicateScan), use: scan)
        router.get(RouterPath(WebPaths.mergeReview), use: review)
        router.post(RouterPath(WebPaths.mergeReview), use: merge)
        router.post(RouterPath(WebPaths.mergeUndo(WebPaths.idParameter)), use: undo)
    }

    @Sendable func show(_ request: Request, context: SignedInContext) async throws -> Response {
        let query = FormFields(query: request)
        let notice = query["undone"] != nil ? context.web.text("web.merge.undone") : nil
        return try await render(request, context, page: Int(query["page"] ?? "") ?? 0, notice: notice)
    }

    @Sendable func scan(_ request: Request, context: SignedInContext) async throws -> Response {
        _ = try await services.duplicateScans.start(by: context.actor)
        return WebResponse.redirect(to: WebPaths.duplicates)
    }

    @Sendable func review(_ request: Request, context: SignedInContext) async throws -> Response {
        let ids = (FormFields(query: request)["ids"] ?? "").split(separator: ",").map(String.init)
        return try await renderReview(request, context, ids: ids, errors: FormErrors(), status: .ok)
    }

    @Sendable func merge(_ request: Request, context: SignedInContext) async throws -> Response {
        let actor = context.actor
        let form = context.web.form
        let ids = form.values("ids")
        let survivor = form["survivor"] ?? ""
        var sources: [String: String] = [:]
        for (name, value) in form.pairs where name.hasPrefix("keep.") { sources[String(name.dropFirst(5))] = value }
        do {
            let result = try await services.merges.merge(
                MergeRequest(survivorId: survivor, mergedIds: ids.filter { $0 != survivor }, fieldSources: sources),
                by: actor)
            return WebResponse.redirect(to: WebPaths.with(WebPaths.account(survivor), [("merged", result.mergeId)]))
        } catch ServiceError.validation(let errors) {
            return try await renderReview(
                request, context, ids: ids, errors: FormErrors(errors, language: context.web.language),
                status: .unprocessableContent)
        }
    }

    @Sendable func undo(_ request: Request, context: SignedInContext) async throws -> Response {
        do {
            try await services.merges.undo(try context.parameters.require("id"), by: context.actor)
            return WebResponse.redirect(to: WebPaths.with(WebPaths.duplicates, [("undone", "1")]))
        } catch ServiceError.conflict(let errors) {
            let problem = errors.map { MessageCatalog.message(for: $0, context.web.language) }.joined(separator: " ")
            return try await render(request, context, page: 0, problem: problem, status: .conflict)
        }
    }

    private func render(
        _ request: Request, _ context: SignedInContext, page: Int, notice: String? = nil, problem: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let actor = context.actor
        let scan = try await services.duplicateScans.scan(nil, by: actor)
        let clusters =
            scan?.status == .done
            ? try await services.duplicateScans.clusters(scanId: scan?.id ?? "", page: max(0, page), by: actor) : []
        let owners = try await services.users.colleagues(of: actor)
        let chrome = try await pages.chrome(request, context, section: .admin)
        var document = DuplicatesPage(
            chrome: chrome, scan: scan, clusters: clusters, page: max(0, page), ownerNames: owners.namesByID,
            notice: notice)
        document.problem = problem
        return pages.respond(document.render(), context, status: status)
    }

    private func renderReview(
        _ request: Request, _ context: SignedInContext, ids: [String], errors: FormErrors,
        status: HTTPResponse.Status
    ) async throws -> Response {
        let actor = context.actor
        let records = try await services.merges.candidates(ids, by: actor)
        let owners = try await services.users.colleagues(of: actor)
        let chrome = try await pages.chrome(request, context, section: .admin)
        var page = MergeReviewPage(chrome: chrome, records: records, ownerNames: owners.namesByID, errors: errors)
        // What each account brings along (it all moves to the one kept), so nothing moves unseen.
        for record in records {
            let mine = ListRequest(filters: ["accountId": record.id])
            page.children[record.id] = [
                try await services.contacts.count(mine, by: actor),
                try await services.opportunities.count(mine, by: actor),
                try await services.activities.count(mine, by: actor),
                try await services.tasks.count(mine, by: actor),
            ]
        }
        return pages.respond(page.render(), context, status: status)
    }
}
