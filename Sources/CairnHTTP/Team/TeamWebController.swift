import CairnCore
import CairnServices
import Hummingbird

/// The manager's weekly view.
struct TeamWebController {
    let pages: WebPages

    func addRoutes(to router: RouterGroup<SignedInContext>) {
        router.get(RouterPath(WebPaths.team), use: show)
    }

    @Sendable func show(_ request: Request, context: SignedInContext) async throws -> Response {
        let actor = context.actor
        let services = pages.services
        let week = try await services.team.thisWeek(by: actor)
        let people = try await services.users.colleagues(of: actor).filter(\.isActive)
        let teams = try await services.users.teams(by: actor)
        let chrome = try await pages.chrome(request, context, section: .team)
        let page = TeamWeekPage(chrome: chrome, weekStart: week.start, people: people, teams: teams, figures: week.figures)
        return pages.respond(page.render(), context)
    }
}
