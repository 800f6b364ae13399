import CairnCore
import CairnServices
import Hummingbird

/// The leads inbox and its decisions.
struct LeadWebController {
    let pages: WebPages
    private var services: Services { pages.services }

    func addRoutes(to router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(WebPaths.leads), use: inbox)
        router.post(RouterPath(WebPaths.lead(WebPaths.idParameter, action: "accept")), use: accept)
        router.post(RouterPath(WebPaths.lead(WebPaths.idParameter, action: "convert")), use: convert)
        router.post(RouterPath(WebPaths.lead(WebPaths.idParameter, action: "disqualify")), use: disqualify)
    }

    @Sendable func inbox(_ request: Request, context: SignedInContext) async throws -> Response {
        let query = FormFields(query: request)
        return try await render(request, context, query: query, errors: FormErrors(), status: .ok)
    }

    @Sendable func accept(_ request: Request, context: SignedInContext) async throws -> Response {
        try await decide(request, context) { id, actor in
            _ = try await services.leadInbox.accept(id, by: actor)
            return nil
        }
    }

    @Sendable func convert(_ request: Request, context: SignedInContext) async throws -> Response {
        let form = context.web.form
        let name = form.text("opportunityName")
        do {
            return try await decide(request, context) { id, actor in
                // The deal's worth as people type it (12万); blank leaves it to be filled in later.
                let amount = try form.text("amount").map { typed in
                    guard let minor = Money.minorUnits(parsingWritten: typed) else {
                        throw ServiceError.validation([FieldError(field: "amount", code: .invalidMoney)])
                    }
                    return Money(minorUnits: minor)
                }
                let conversion = try await services.leadInbox.convert(
                    id, opportunityName: name, amount: amount, intoAccount: form.text("intoAccount"),
                    duplicates: DuplicatePanel.policy(form), by: actor)
                return WebPaths.with(WebPaths.account(conversion.account.id), [("converted", "1")])
            }
        } catch ServiceError.duplicates(let findings) {
            let chrome = try await pages.chrome(request, context, section: .leads)
            let panel = LeadDuplicatesPanel(
                chrome: chrome, leadId: try context.parameters.require("id"), opportunityName: name,
                amount: form.text("amount"), findings: findings, actor: context.actor)
            return try await render(
                request, context, query: FormFields(), errors: FormErrors(), duplicates: panel, status: .conflict)
        }
    }

    @Sendable func disqualify(_ request: Request, context: SignedInContext) async throws -> Response {
        let reason = context.web.form["disqualifyReason"] ?? ""
        return try await decide(request, context) { id, actor in
            _ = try await services.leadInbox.disqualify(id, reason: reason, by: actor)
            return nil
        }
    }

    /// Runs a decision; goes to the page it names or back to the inbox, or shows the inbox with the errors.
    private func decide(
        _ request: Request, _ context: SignedInContext,
        _ decision: @Sendable (String, Actor) async throws -> String?
    ) async throws -> Response {
        let actor = context.actor
        let id = try context.parameters.require("id")
        let back = WebResponse.safeReturnPath(context.web.form["back"], fallback: WebPaths.leads)
        do {
            return WebResponse.redirect(to: try await decision(id, actor) ?? back)
        } catch ServiceError.validation(let errors) {
            let query = FormFields(queryOf: back)
            return try await render(
                request, context, query: query, errors: FormErrors(errors, language: context.web.language),
                status: .unprocessableContent)
        }
    }

    private func render(
        _ request: Request, _ context: SignedInContext, query: FormFields, errors: FormErrors,
        duplicates: LeadDuplicatesPanel? = nil, status: HTTPResponse.Status
    ) async throws -> Response {
        let actor = context.actor
        let isTeamView = query["scope"] == "team"
        let leadStatus = query.text("status").flatMap(LeadStatus.init(rawValue:)) ?? .new
        var filters = ["status": leadStatus.rawValue]
        if !isTeamView { filters["ownerId"] = actor.userId }
        let page = try await services.leads.list(ListRequest(filters: filters, sort: "createdAt", limit: 50), by: actor)
        let owners = try await services.users.colleagues(of: actor)
        let chrome = try await pages.chrome(request, context, section: .leads)
        let document = LeadInboxPage(
            chrome: chrome, leads: page.items,
            ownerNames: owners.namesByID,
            isTeamView: isTeamView, status: leadStatus.rawValue, now: services.environment.clock.now(), errors: errors,
            duplicates: duplicates)
        return pages.respond(document.render(), context, status: status)
    }
}
