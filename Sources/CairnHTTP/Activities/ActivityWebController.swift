import CairnCore
import CairnServices
import Hummingbird

/// Logging an activity from any page: the quick forms post here; a refused one comes back as a full form with
/// the errors next to the fields and what was typed kept.
struct ActivityWebController {
    let pages: WebPages

    func addRoutes(to router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(WebPaths.newActivity), use: showForm)
        router.post(RouterPath(WebPaths.activities), use: create)
    }

    @Sendable func showForm(_ request: Request, context: SignedInContext) async throws -> Response {
        let query = FormFields(query: request)
        let draft = ActivityQuickForm(
            accountId: query.text("accountId"), leadId: query.text("leadId"),
            opportunityId: query.text("opportunityId"),
            kind: query.text("kind").flatMap(ActivityKind.init(rawValue:)) ?? .call,
            buttonLabel: context.web.text("web.activity.title"),
            back: WebResponse.safeReturnPath(query["back"], fallback: WebPaths.today),
            idPrefix: "activity", isOpen: true)
        return try await page(request, context, draft, status: .ok)
    }

    @Sendable func create(_ request: Request, context: SignedInContext) async throws -> Response {
        let actor = context.actor
        let form = context.web.form
        let back = WebResponse.safeReturnPath(form["back"], fallback: WebPaths.today)
        do {
            let fields = try DeclaredForm.read(
                form, over: ActivityFields(kind: .call, subject: ""), shown: ActivityQuickForm.fields)
            _ = try await pages.services.activities.create(fields, by: actor)
            return WebResponse.redirect(to: back)
        } catch ServiceError.validation(let errors) {
            let draft = ActivityQuickForm(
                accountId: form.text("accountId"), leadId: form.text("leadId"), opportunityId: form.text("opportunityId"),
                kind: form.text("kind").flatMap(ActivityKind.init(rawValue:)) ?? .call,
                buttonLabel: context.web.text("web.activity.title"), back: back, idPrefix: "activity", isOpen: true,
                subject: form["subject"],
                errors: FormErrors(errors, language: context.web.language))
            return try await page(request, context, draft, status: .unprocessableContent)
        }
    }

    private func page(
        _ request: Request, _ context: SignedInContext, _ draft: ActivityQuickForm, status: HTTPResponse.Status
    ) async throws -> Response {
        let chrome = try await pages.chrome(request, context, section: nil)
        let document = PageLayout.document(title: chrome.text("web.activity.title"), chrome: chrome) {
            div(.class("card")) { draft.render(context.web) }
        }
        return pages.respond(document, context, status: status)
    }
}
