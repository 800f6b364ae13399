import CairnCore
import CairnServices
import Hummingbird

/// The Today page and its one-click actions that are not activities (those go to the activity form's route).
struct TodayController {
    let pages: WebPages

    func addRoutes(to router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(WebPaths.today), use: show)
        router.post("tasks/:id/done", use: completeTask)
    }

    @Sendable func show(_ request: Request, context: SignedInContext) async throws -> Response {
        let actor = context.actor
        let items = try await pages.services.today.agenda(for: actor)
        let chrome = try await pages.chrome(request, context, section: .today)
        let now = pages.services.environment.clock.now()
        return pages.respond(TodayPage(chrome: chrome, items: items, now: now).render(), context)
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
        return WebResponse.redirect(to: WebResponse.safeReturnPath(context.web.form["back"], fallback: WebPaths.today))
    }
}
