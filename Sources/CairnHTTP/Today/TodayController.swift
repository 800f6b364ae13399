import CairnCore
import CairnServices
import Hummingbird

/// The Today page and its one-click actions that are not activities (those go to the activity form's route).
struct TodayController {
    let pages: WebPages

    func addRoutes(to router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(WebPaths.today), use: show)
        router.post(RouterPath(WebPaths.taskDone(WebPaths.idParameter)), use: completeTask)
    }

    @Sendable func show(_ request: Request, context: SignedInContext) async throws -> Response {
        let query = FormFields(query: request)
        // A screenful first; one more is fetched to know whether there are more, then up to `allLimit` on request.
        let showAll = query["all"] != nil
        let shown = showAll ? TodayPage.allLimit : TodayAgenda.screenful
        let items = try await pages.services.today.agenda(for: context.actor, limit: shown + 1)
        let chrome = try await pages.chrome(request, context, section: .today)
        var page = TodayPage(
            chrome: chrome, items: Array(items.prefix(shown)), now: pages.services.environment.clock.now())
        page.hasMore = items.count > shown
        page.showsAll = showAll
        if query["done"] != nil { page.notice = chrome.text("web.today.done_notice") }
        if query["logged"] != nil { page.notice = chrome.text("web.today.logged_notice") }
        return pages.respond(page.render(), context)
    }

    @Sendable func completeTask(_ request: Request, context: SignedInContext) async throws -> Response {
        let actor = context.actor
        let id = try context.parameters.require("id")
        let version = try context.web.form.version()
        _ = try await pages.services.tasks.update(id, expectedVersion: version, by: actor) { task in
            var done = task
            done.status = TaskStatus.done
            return done
        }
        let back = WebResponse.safeReturnPath(context.web.form["back"], fallback: WebPaths.today)
        return WebResponse.redirect(to: back == WebPaths.today ? WebPaths.with(back, [("done", "1")]) : back)
    }
}
