import CairnCore
import CairnServices
import Hummingbird

/// What every page handler shares: the services and the page chrome for the signed-in user.
struct WebPages: Sendable {
    let services: Services

    /// The chrome of a page in a section, for the signed-in user.
    func chrome(_ request: Request, _ context: CairnRequestContext, section: PageChrome.Section?) async throws -> PageChrome {
        let user = try await services.users.me(try context.requireActor())
        return PageChrome(web: context.web, user: user, section: section, path: request.uri.description)
    }

    /// A rendered page.
    func respond(_ document: HTMLNode, _ context: CairnRequestContext, status: HTTPResponse.Status = .ok) -> Response {
        WebResponse.page(document, status: status, language: context.web.language)
    }
}
