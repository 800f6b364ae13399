import CairnCore
import CairnServices
import Hummingbird

/// The account pages: list with search and filters, quick add, the 360° page and its edit form.
struct AccountWebController {
    let pages: WebPages
    private var services: Services { pages.services }

    func addRoutes(to router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(WebPaths.accounts), use: list)
        router.get(RouterPath(WebPaths.quickAdd), use: showQuickAdd)
        router.post(RouterPath(WebPaths.quickAdd), use: quickAdd)
        router.get(RouterPath(WebPaths.quickAddCheck), use: checkWhileTyping)
        router.get(RouterPath(WebPaths.account(WebPaths.idParameter)), use: show)
        router.post(RouterPath(WebPaths.accountEdit(WebPaths.idParameter)), use: edit)
        router.post(RouterPath(WebPaths.savedViews), use: saveView)
        router.post(RouterPath(WebPaths.savedViewDelete(WebPaths.idParameter)), use: deleteView)
    }

    @Sendable func list(_ request: Request, context: SignedInContext) async throws -> Response {
        try await list(request, context, query: FormFields(query: request), errors: FormErrors())
    }

    @Sendable func saveView(_ request: Request, context: SignedInContext) async throws -> Response {
        let actor = context.actor
        let form = context.web.form
        let query = form["query"] ?? ""
        do {
            _ = try await services.savedViews.save(name: form["name"] ?? "", query: query, page: "accounts", by: actor)
            return WebResponse.redirect(to: query.isEmpty ? WebPaths.accounts : "\(WebPaths.accounts)?\(query)")
        } catch ServiceError.validation(let errors) {
            return try await list(
                request, context, query: FormFields(urlEncoded: query),
                errors: FormErrors(errors, language: context.web.language))
        }
    }

    @Sendable func deleteView(_ request: Request, context: SignedInContext) async throws -> Response {
        try await services.savedViews.delete(try context.parameters.require("id"), by: context.actor)
        return WebResponse.redirect(to: WebPaths.accounts)
    }

    private func list(
        _ request: Request, _ context: SignedInContext, query: FormFields, errors formErrors: FormErrors
    ) async throws -> Response {
        let actor = context.actor
        func value(_ name: String) -> String? { query.text(name) }
        var filters: [String: String] = [:]
        for field in AccountListPage.filterFields { filters[field] = value(field) }
        let listRequest = ListRequest(
            filters: filters, search: value("q"), sort: value("sort"), limit: 50, cursor: value("cursor"))
        let owners = try await services.users.colleagues(of: actor)
        let views = try await services.savedViews.views(of: "accounts", by: actor)
        let chrome = try await pages.chrome(request, context, section: .accounts)
        let status: HTTPResponse.Status = formErrors.isEmpty ? .ok : .unprocessableContent
        do {
            let page = try await services.accounts.list(listRequest, by: actor)
            let next = page.next.map { PageCursor.encode($0, sort: listRequest.effectiveSort) }
            var document = AccountListPage(
                chrome: chrome, request: listRequest, accounts: page.items, nextCursor: next, owners: owners,
                errors: formErrors, views: views)
            document.total = try await services.accounts.count(listRequest, cap: AccountListPage.countCap, by: actor)
            return pages.respond(document.render(), context, status: status)
        } catch ServiceError.invalidQuery(let errors) {
            let document = AccountListPage(
                chrome: chrome, request: listRequest, accounts: nil, nextCursor: nil, owners: owners,
                errors: FormErrors(errors, language: context.web.language), views: views)
            return pages.respond(document.render(), context, status: .unprocessableContent)
        }
    }

    @Sendable func showQuickAdd(_ request: Request, context: SignedInContext) async throws -> Response {
        let chrome = try await pages.chrome(request, context, section: .accounts)
        return pages.respond(QuickAddPage(chrome: chrome).render(), context)
    }

    /// The duplicate panel for what is typed so far in quick add, as an HTML fragment the page's script puts in
    /// place while the rep types (empty while too little is typed to check).
    @Sendable func checkWhileTyping(_ request: Request, context: SignedInContext) async throws -> Response {
        let typed = FormFields(query: request)
        let findings =
            (try? await services.accounts.duplicates(of: try AccountWebForm.quickAdd(typed), by: context.actor)) ?? .none
        let chrome = try await pages.chrome(request, context, section: .accounts)
        let fragment = div(.id("duplicate-live")) { DuplicatePanel.render(findings, chrome: chrome) }
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
                .contentLanguage: context.web.language.rawValue,
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(string: fragment.render())))
    }

    @Sendable func quickAdd(_ request: Request, context: SignedInContext) async throws -> Response {
        let actor = context.actor
        let form = context.web.form
        do {
            let account = try await services.accounts.createChecked(
                try AccountWebForm.quickAdd(form), by: actor, duplicates: DuplicatePanel.policy(form)
            ).record
            return WebResponse.redirect(to: WebPaths.with(WebPaths.account(account.id), [("created", "1")]))
        } catch ServiceError.validation(let errors) {
            let chrome = try await pages.chrome(request, context, section: .accounts)
            let page = QuickAddPage(chrome: chrome, typed: form, errors: FormErrors(errors, language: context.web.language))
            return pages.respond(page.render(), context, status: .unprocessableContent)
        } catch ServiceError.duplicates(let findings) {
            let chrome = try await pages.chrome(request, context, section: .accounts)
            let page = QuickAddPage(chrome: chrome, typed: form, duplicates: findings, actor: actor)
            return pages.respond(page.render(), context, status: .conflict)
        }
    }

    @Sendable func show(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.parameters.require("id")
        let overview: AccountOverview
        do {
            overview = try await self.overview(of: id, context)
        } catch ServiceError.notFound {
            // An account merged into another: its old address leads to the one it became.
            guard let survivor = try await services.merges.survivor(ofMerged: id, by: context.actor) else {
                throw ServiceError.notFound(.account)
            }
            return WebResponse.redirect(to: WebPaths.with(WebPaths.account(survivor.id), [("mergedFrom", "1")]))
        }
        let chrome = try await pages.chrome(request, context, section: .accounts)
        var page = AccountPage(chrome: chrome, overview: overview)
        let query = FormFields(query: request)
        if query["created"] != nil { page.notice = chrome.text("web.quick_add.created") }
        if query["saved"] != nil { page.notice = chrome.text("web.account.saved") }
        if query["converted"] != nil { page.notice = chrome.text("web.account.converted") }
        if query["contact"] != nil { page.notice = chrome.text("web.contact.added") }
        if query["mergedFrom"] != nil { page.notice = chrome.text("web.merge.lives_here") }
        if let mergeId = query.text("merged") {
            page.notice = chrome.text("web.merge.done")
            page.undoMergeId = mergeId
        }
        return pages.respond(page.render(), context)
    }

    @Sendable func edit(_ request: Request, context: SignedInContext) async throws -> Response {
        let actor = context.actor
        let id = try context.parameters.require("id")
        let form = context.web.form
        do {
            // An edit is only stopped by a blocking match; the panel then offers an override to those with the right.
            let policy: DuplicatePolicy = DuplicatePanel.policy(form) == .override ? .override : .refuseBlocking
            _ = try await services.accounts.update(
                id, expectedVersion: try form.version(), by: actor, duplicates: policy
            ) { try AccountWebForm.edited($0, with: form) }
            return WebResponse.redirect(to: WebPaths.with(WebPaths.account(id), [("saved", "1")]))
        } catch ServiceError.validation(let errors) {
            return try await refusedEdit(request, context, id: id, errors: errors, status: .unprocessableContent)
        } catch ServiceError.conflict(let errors) {
            // A credit code another account holds: said next to the field, what was typed kept.
            return try await refusedEdit(request, context, id: id, errors: errors, status: .conflict)
        } catch ServiceError.duplicates(let findings) {
            return try await refusedEdit(request, context, id: id, duplicates: findings, status: .conflict)
        }
    }

    /// The account page again with the edit form open, what was typed kept and why it was refused.
    private func refusedEdit(
        _ request: Request, _ context: SignedInContext, id: String, errors: [FieldError] = [],
        duplicates: DuplicateFindings = .none, status: HTTPResponse.Status
    ) async throws -> Response {
        let chrome = try await pages.chrome(request, context, section: .accounts)
        var page = AccountPage(chrome: chrome, overview: try await overview(of: id, context))
        page.editForm = context.web.form
        page.editErrors = FormErrors(errors, language: context.web.language)
        page.editDuplicates = duplicates
        page.actor = context.actor
        return pages.respond(page.render(), context, status: status)
    }

    private func overview(of id: String, _ context: SignedInContext) async throws -> AccountOverview {
        let actor = context.actor
        let account = try await services.accounts.get(id, by: actor)
        let byAccount = ["accountId": id]
        let contacts = try await services.contacts.list(ListRequest(filters: byAccount, sort: "name", limit: 200), by: actor)
        let deals = try await services.opportunities.list(ListRequest(filters: byAccount, limit: 200), by: actor)
        let activities = try await services.activities.list(
            ListRequest(filters: byAccount, sort: "-occurredAt", limit: 100), by: actor)
        let tasks = try await services.tasks.list(ListRequest(filters: byAccount, limit: 100), by: actor)
        let owner = try await services.users.colleagues(of: actor).first { $0.id == account.meta.ownerId }
        return AccountOverview(
            account: account, ownerName: owner?.name ?? "", contacts: contacts.items, opportunities: deals.items,
            activities: activities.items, tasks: tasks.items, now: services.environment.clock.now())
    }
}
