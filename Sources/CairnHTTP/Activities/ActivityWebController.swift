import CairnCore
import CairnServices
import Hummingbird

/// Logging an activity from any page: the quick forms post here (with the next step, which becomes a task in the
/// same transaction); a refused one comes back as a full form, named for its customer, with the errors next to the
/// fields and what was typed kept.
struct ActivityWebController {
    let pages: WebPages

    func addRoutes(to router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(WebPaths.newActivity), use: showForm)
        router.post(RouterPath(WebPaths.activities), use: create)
    }

    @Sendable func showForm(_ request: Request, context: SignedInContext) async throws -> Response {
        let query = FormFields(query: request)
        let draft = try await form(
            context, accountId: query.text("accountId"), leadId: query.text("leadId"),
            opportunityId: query.text("opportunityId"),
            kind: query.text("kind").flatMap(ActivityKind.init(rawValue:)) ?? .call,
            back: WebResponse.safeReturnPath(query["back"], fallback: WebPaths.today))
        return try await page(request, context, draft, status: .ok)
    }

    @Sendable func create(_ request: Request, context: SignedInContext) async throws -> Response {
        let form = context.web.form
        let back = WebResponse.safeReturnPath(form["back"], fallback: WebPaths.today)
        do {
            let fields = try DeclaredForm.read(
                form, over: ActivityFields(kind: .call, subject: ""), shown: ActivityQuickForm.fields)
            // The times are read here (a browser sends China wall-clock time); their problems are shown with all
            // the others, and nothing is written while there is any.
            let (activity, nextStep, timeProblems) = ActivityFormTimes.read(form, into: fields)
            let problems = timeProblems + pages.services.followUps.problems(activity, nextStep: nextStep)
            guard problems.isEmpty else { throw ServiceError.validation(problems) }
            _ = try await pages.services.followUps.log(activity, nextStep: nextStep, by: context.actor)
            // Today says what was done; other pages show the new activity in their timeline.
            return WebResponse.redirect(to: back == WebPaths.today ? WebPaths.with(back, [("logged", "1")]) : back)
        } catch ServiceError.validation(let errors) {
            var draft = try await self.form(
                context, accountId: form.text("accountId"), leadId: form.text("leadId"),
                opportunityId: form.text("opportunityId"),
                kind: form.text("kind").flatMap(ActivityKind.init(rawValue:)) ?? .call, back: back)
            draft.typed = form
            draft.errors = FormErrors(errors, language: context.web.language)
            return try await page(request, context, draft, status: .unprocessableContent)
        }
    }

    /// The full form for a customer, open, with the account's contacts to choose from.
    private func form(
        _ context: SignedInContext, accountId: String?, leadId: String?, opportunityId: String?, kind: ActivityKind,
        back: String
    ) async throws -> ActivityQuickForm {
        let contacts = try await accountId.asyncMap { id in
            try await pages.services.contacts.list(ListRequest(filters: ["accountId": id], limit: 200), by: context.actor)
                .items.map { (id: $0.id, name: $0.fields.name) }
        }
        // Opened on its own (about no customer yet): the rep picks the account, from those they see, by name.
        let accounts =
            accountId == nil && leadId == nil
            ? try await pages.services.accounts.list(ListRequest(sort: "name", limit: 200), by: context.actor).items
                .map { (id: $0.id, name: $0.fields.name) } : []
        return ActivityQuickForm(
            accountId: accountId, leadId: leadId, opportunityId: opportunityId, accounts: accounts,
            contacts: contacts ?? [], kind: kind, buttonLabel: context.web.text("web.activity.title"), back: back,
            idPrefix: "activity", isOpen: true)
    }

    /// The form on a page of its own, headed with the customer it is about.
    private func page(
        _ request: Request, _ context: SignedInContext, _ draft: ActivityQuickForm, status: HTTPResponse.Status
    ) async throws -> Response {
        let chrome = try await pages.chrome(request, context, section: nil)
        let account = try await draft.accountId.asyncMap { try? await pages.services.accounts.get($0, by: context.actor) }
        let title = chrome.text("web.activity.title")
        let document = PageLayout.document(title: title, chrome: chrome) {
            if let account = account ?? nil {
                p {
                    chrome.text("web.activity.for")
                    a(.href(WebPaths.account(account.id))) { account.fields.name }
                }
            }
            div(.class("card")) { draft.render(context.web) }
        }
        return pages.respond(document, context, status: status)
    }
}
