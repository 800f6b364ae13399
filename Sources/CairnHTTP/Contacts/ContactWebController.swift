import CairnCore
import CairnServices
import Hummingbird

/// Contact pages, and adding a contact to an account.
struct ContactWebController {
    let pages: WebPages
    private var services: Services { pages.services }

    func addRoutes(to router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(WebPaths.contact(WebPaths.idParameter)), use: show)
        router.post(RouterPath(WebPaths.contactEdit(WebPaths.idParameter)), use: edit)
        router.get(RouterPath(WebPaths.newContact(accountId: WebPaths.idParameter)), use: showNew)
        router.post(RouterPath(WebPaths.accountContacts(WebPaths.idParameter)), use: create)
    }

    @Sendable func show(_ request: Request, context: SignedInContext) async throws -> Response {
        var page = try await page(request, context, id: try context.parameters.require("id"))
        if FormFields(query: request)["saved"] != nil { page.notice = context.web.text("web.account.saved") }
        return pages.respond(page.render(), context)
    }

    @Sendable func edit(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.parameters.require("id")
        let form = context.web.form
        do {
            _ = try await services.contacts.update(id, expectedVersion: try form.version(), by: context.actor) {
                try DeclaredForm.read(form, over: $0, shown: ContactPage.editableFields)
            }
            return WebResponse.redirect(to: WebPaths.with(WebPaths.contact(id), [("saved", "1")]))
        } catch ServiceError.validation(let errors), ServiceError.conflict(let errors) {
            var page = try await page(request, context, id: id)
            page.editForm = form
            page.editErrors = FormErrors(errors, language: context.web.language)
            return pages.respond(page.render(), context, status: .unprocessableContent)
        }
    }

    @Sendable func showNew(_ request: Request, context: SignedInContext) async throws -> Response {
        let form = try await newPage(request, context, accountId: try context.parameters.require("id"))
        return pages.respond(form.render(), context)
    }

    @Sendable func create(_ request: Request, context: SignedInContext) async throws -> Response {
        let accountId = try context.parameters.require("id")
        let form = context.web.form
        do {
            var fields = try DeclaredForm.read(form, over: ContactFields.blank, shown: ContactPage.editableFields)
            fields.accountId = accountId
            _ = try await services.contacts.createChecked(fields, by: context.actor, duplicates: DuplicatePanel.policy(form))
            return WebResponse.redirect(to: WebPaths.with(WebPaths.account(accountId), [("contact", "added")]))
        } catch ServiceError.validation(let errors) {
            var page = try await newPage(request, context, accountId: accountId)
            page.typed = form
            page.errors = FormErrors(errors, language: context.web.language)
            return pages.respond(page.render(), context, status: .unprocessableContent)
        } catch ServiceError.duplicates(let findings) {
            var page = try await newPage(request, context, accountId: accountId)
            page.typed = form
            page.duplicates = findings
            page.actor = context.actor
            return pages.respond(page.render(), context, status: .conflict)
        }
    }

    private func page(_ request: Request, _ context: SignedInContext, id: String) async throws -> ContactPage {
        let actor = context.actor
        let contact = try await services.contacts.get(id, by: actor)
        let account = try? await services.accounts.get(contact.fields.accountId, by: actor)
        let byContact = ["contactId": id]
        let activities = try await services.activities.list(
            ListRequest(filters: byContact, sort: "-occurredAt", limit: 100), by: actor)
        let tasks = try await services.tasks.list(ListRequest(filters: byContact, limit: 100), by: actor)
        let chrome = try await pages.chrome(request, context, section: .accounts)
        return ContactPage(
            chrome: chrome, contact: contact, account: account,
            timeline: Timeline(
                activities: activities.items, tasks: tasks.items, now: services.environment.clock.now(),
                context.web.language))
    }

    private func newPage(
        _ request: Request, _ context: SignedInContext, accountId: String
    ) async throws -> NewRecordPage<ContactFields> {
        let account = try await services.accounts.get(accountId, by: context.actor)
        let chrome = try await pages.chrome(request, context, section: .accounts)
        return NewRecordPage(
            chrome: chrome, title: chrome.text("web.contact.new"), account: account,
            action: WebPaths.accountContacts(accountId), shown: ContactPage.editableFields)
    }
}
