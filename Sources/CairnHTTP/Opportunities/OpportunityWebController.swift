import CairnCore
import CairnServices
import Foundation
import Hummingbird

/// Deal pages, and adding a deal to an account.
struct OpportunityWebController {
    let pages: WebPages
    private var services: Services { pages.services }

    func addRoutes(to router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(WebPaths.opportunity(WebPaths.idParameter)), use: show)
        router.get(RouterPath(WebPaths.newOpportunity(accountId: WebPaths.idParameter)), use: showNew)
        router.post(RouterPath(WebPaths.accountOpportunities(WebPaths.idParameter)), use: create)
    }

    @Sendable func show(_ request: Request, context: SignedInContext) async throws -> Response {
        let actor = context.actor
        let id = try context.parameters.require("id")
        let deal = try await services.opportunities.get(id, by: actor)
        let account = try? await services.accounts.get(deal.fields.accountId, by: actor)
        let contact = try await deal.fields.contactId.asyncMap { try? await services.contacts.get($0, by: actor) } ?? nil
        let history = try await services.pipeline.history(of: id, by: actor)
        let byDeal = ["opportunityId": id]
        let activities = try await services.activities.list(
            ListRequest(filters: byDeal, sort: "-occurredAt", limit: 100), by: actor)
        let tasks = try await services.tasks.list(ListRequest(filters: byDeal, limit: 100), by: actor)
        let chrome = try await pages.chrome(request, context, section: .pipeline)
        var page = OpportunityPage(
            chrome: chrome, deal: deal, account: account, contact: contact, history: history,
            timeline: Timeline(
                activities: activities.items, tasks: tasks.items, now: services.environment.clock.now(),
                context.web.language))
        if FormFields(query: request)["moved"] != nil {
            page.moved = StageMoveNotice(
                deal: deal, previous: StageMoveNotice.previousStage(of: deal, history: history),
                back: WebPaths.opportunity(deal.id))
        }
        return pages.respond(page.render(), context)
    }

    @Sendable func showNew(_ request: Request, context: SignedInContext) async throws -> Response {
        let page = try await newPage(request, context, accountId: try context.parameters.require("id"))
        return pages.respond(page.render(), context)
    }

    @Sendable func create(_ request: Request, context: SignedInContext) async throws -> Response {
        let accountId = try context.parameters.require("id")
        let form = context.web.form
        do {
            var fields = try DeclaredForm.read(form, over: OpportunityFields.blank, shown: OpportunityPage.newFields)
            fields.accountId = accountId
            fields.contactId = form.text("contactId")
            // The amount as people type it: 120,000.00, ¥120000 or 12万.
            if let typed = form.text("amount") {
                guard let minor = Money.minorUnits(parsingWritten: typed) else {
                    throw ServiceError.validation([FieldError(field: "amount", code: .invalidMoney)])
                }
                fields.amount = Money(minorUnits: minor)
            }
            let deal = try await services.opportunities.create(fields, by: context.actor)
            return WebResponse.redirect(to: WebPaths.opportunity(deal.id))
        } catch ServiceError.validation(let errors) {
            var page = try await newPage(request, context, accountId: accountId)
            page.typed = form
            page.errors = FormErrors(errors, language: context.web.language)
            return pages.respond(page.render(), context, status: .unprocessableContent)
        }
    }

    private func newPage(
        _ request: Request, _ context: SignedInContext, accountId: String
    ) async throws -> NewRecordPage<OpportunityFields> {
        let account = try await services.accounts.get(accountId, by: context.actor)
        let contacts = try await services.contacts.list(
            ListRequest(filters: ["accountId": accountId], sort: "name", limit: 200), by: context.actor)
        let chrome = try await pages.chrome(request, context, section: .pipeline)
        var page = NewRecordPage<OpportunityFields>(
            chrome: chrome, title: chrome.text("web.deal.new"), account: account,
            action: WebPaths.accountOpportunities(accountId), shown: OpportunityPage.newFields)
        page.contacts = contacts.items.map { (id: $0.id, name: $0.fields.name) }
        return page
    }
}
