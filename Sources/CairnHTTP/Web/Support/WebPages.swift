import CairnCore
import CairnServices
import Hummingbird

/// What every page handler shares: the services and the page chrome for the signed-in user.
struct WebPages: Sendable {
    let services: Services

    /// The chrome of a page in a section, for the signed-in user.
    func chrome(_ request: Request, _ context: SignedInContext, section: PageChrome.Section?) async throws -> PageChrome {
        let user = try await services.users.me(context.actor)
        return PageChrome(web: context.web, user: user, section: section, path: request.uri.description)
    }

    /// A rendered page, in the reader's language.
    func respond(_ document: HTMLNode, _ context: SignedInContext, status: HTTPResponse.Status = .ok) -> Response {
        respond(document, web: context.web, status: status)
    }

    /// A rendered page for a reader who may not be signed in (the sign-in page).
    func respond(_ document: HTMLNode, web: WebState, status: HTTPResponse.Status = .ok) -> Response {
        WebResponse.page(document, status: status, language: web.language)
    }
}
