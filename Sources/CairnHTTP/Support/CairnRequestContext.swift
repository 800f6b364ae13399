import CairnCore
import Hummingbird

/// The per-request context: Hummingbird's core storage plus the signed-in actor once authenticated.
public struct CairnRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The signed-in user; set by `BearerAuthMiddleware` or `WebSignInMiddleware`, read only through
    /// `SignedInContext`.
    public var actor: Actor?
    /// Language, form token and posted form of a web page request; set by `WebSessionMiddleware`.
    public var web = WebState()
    /// The client's IP address (sign-in attempts are counted per address too): the connected peer, or what a
    /// trusted proxy forwarded (`ClientAddressMiddleware`).
    public var clientAddress: String?

    public init(source: Source) {
        coreContext = .init(source: source)
        clientAddress = source.channel.remoteAddress?.ipAddress
    }
}

/// The context of every route that needs a signed-in user: the actor is there, not optional, so no handler can
/// forget to ask. Routes get it by being added to a group made with `group(context: SignedInContext.self)` after the
/// authenticating middleware; a request that reaches it without an actor is refused as unauthenticated.
public struct SignedInContext: ChildRequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The signed-in user on whose behalf the request runs.
    public let actor: Actor
    /// Language, form token and posted form of a web page request.
    public var web: WebState

    public init(context: CairnRequestContext) throws {
        guard let actor = context.actor else { throw APIError.service(.unauthenticated) }
        coreContext = context.coreContext
        self.actor = actor
        web = context.web
    }
}
