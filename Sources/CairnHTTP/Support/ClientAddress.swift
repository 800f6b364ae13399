import Hummingbird

/// The address a request came from, for counting sign-in failures per client. Behind a load balancer every request
/// arrives from the balancer, so one attacker would lock sign-in for everyone: when the connected peer is a proxy
/// Cairn was told to trust (`cairn serve --trusted-proxy`), the client is the right-most `X-Forwarded-For` entry that
/// is not itself a trusted proxy (entries further left are whatever the client chose to send).
enum ClientAddress {
    static func resolve(peer: String?, forwardedFor: String?, trusted: Set<String>) -> String? {
        guard let peer, trusted.contains(peer), let forwardedFor else { return peer }
        let hops = forwardedFor.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
        return hops.last { !trusted.contains($0) } ?? peer
    }
}

/// Sets `clientAddress` from the peer and, from trusted proxies, `X-Forwarded-For`.
struct ClientAddressMiddleware: RouterMiddleware {
    typealias Context = CairnRequestContext
    let trustedProxies: Set<String>

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        guard !trustedProxies.isEmpty else { return try await next(request, context) }
        var context = context
        context.clientAddress = ClientAddress.resolve(
            peer: context.clientAddress, forwardedFor: request.headers[values: .init("X-Forwarded-For")!].joined(separator: ","),
            trusted: trustedProxies)
        return try await next(request, context)
    }
}
