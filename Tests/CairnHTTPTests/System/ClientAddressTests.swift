import Testing

@testable import CairnHTTP

struct ClientAddressTests {
    @Test func aTrustedProxysForwardedClientIsCountedNotTheProxy() {
        let proxies: Set<String> = ["10.0.0.5", "10.0.0.6"]
        // Straight from a client: the peer, whatever it claims.
        #expect(ClientAddress.resolve(peer: "203.0.113.7", forwardedFor: "198.51.100.1", trusted: proxies) == "203.0.113.7")
        // Through the balancer: the client it saw, not what the client put in front.
        #expect(
            ClientAddress.resolve(peer: "10.0.0.5", forwardedFor: "1.2.3.4, 203.0.113.7", trusted: proxies) == "203.0.113.7")
        // Through two trusted hops.
        #expect(
            ClientAddress.resolve(peer: "10.0.0.5", forwardedFor: "203.0.113.7, 10.0.0.6", trusted: proxies)
                == "203.0.113.7")
        // A trusted proxy that forwarded nothing is itself the client; nothing trusted, nothing read.
        #expect(ClientAddress.resolve(peer: "10.0.0.5", forwardedFor: nil, trusted: proxies) == "10.0.0.5")
        #expect(ClientAddress.resolve(peer: "10.0.0.5", forwardedFor: "203.0.113.7", trusted: []) == "10.0.0.5")
    }
}
