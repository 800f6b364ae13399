import CairnCore
import Hummingbird

/// The per-request context: Hummingbird's core storage plus the signed-in actor once authenticated.
public struct CairnRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The signed-in user; set by `BearerAuthMiddleware`.
    public var actor: Actor?
    /// Language, form token and posted form of a web page request; set by `WebSessionMiddleware`.
    public var web = WebState()

    public init(source: Source) {
        coreContext = .init(source: source)
    }

    /// The actor, or `unauthenticated` for a route that forgot its middleware.
    func requireActor() throws -> Actor {
        guard let actor else { throw APIError.service(.unauthenticated) }
        return actor
    }
}
