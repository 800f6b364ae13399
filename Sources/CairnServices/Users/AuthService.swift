import CairnCore
import CairnStore
import Crypto
import Foundation
import HummingbirdBcrypt

/// Sign-in: passwords to session tokens, long-lived API tokens, and bearer tokens back to actors.
public struct AuthService: Sendable {
    let environment: ServiceEnvironment
    /// How long a login token lasts.
    public let sessionLifetime: TimeInterval
    let recentTokens = AuthenticationCache()

    /// Creates the service.
    public init(environment: ServiceEnvironment, sessionLifetime: TimeInterval = 12 * 3600) {
        self.environment = environment
        self.sessionLifetime = sessionLifetime
    }

    /// Checks an email and password and returns a new session token. Wrong passwords are counted per account and
    /// per client `address` (`LoginThrottle`, stored so every node sees them); past the allowance sign-in is
    /// refused for a while — the right password too — with the seconds to wait.
    public func login(email: String, password: String, address: String? = nil) async throws -> IssuedToken {
        let normalized = EmailAddress(email)?.value ?? email.lowercased()
        let now = environment.clock.now()
        let throttles = Self.throttleKeys(email: normalized, address: address)
        let (found, failures) = try await environment.storage.read { session in
            (
                try await UserStore().credentials(email: normalized, in: session),
                try await LoginThrottleStore().find(throttles.map(\.key), in: session)
            )
        }
        let waits = throttles.compactMap { $0.throttle.retryAfter(failures[$0.key], at: now) }
        if let wait = waits.max() { throw ServiceError.tooManyAttempts(retryAfterSeconds: wait) }
        let matches: Bool
        if let (user, hash) = found {
            // Checked for a deactivated user too: answering at once would tell who was deactivated.
            matches = await PasswordHashing.verify(password, hash: hash) && user.isActive
        } else {
            // Spend the same time as a real check, so response times do not reveal which emails exist.
            _ = await PasswordHashing.verify(password, hash: Self.unknownUserHash)
            matches = false
        }
        guard matches, let (user, _) = found else {
            try await environment.storage.write { session in
                for (key, throttle) in throttles {
                    try await LoginThrottleStore().save(throttle.failed(failures[key], at: now), for: key, in: session)
                }
            }
            throw ServiceError.invalidCredentials
        }
        if failures[throttles[0].key] != nil {
            try await environment.storage.write { try await LoginThrottleStore().remove(throttles[0].key, in: $0) }
        }
        var issued = try await issue(for: user.id, kind: .session, name: nil, lifetime: sessionLifetime)
        issued.user = user
        return issued
    }

    /// The account's key first, then the address's when there is one.
    private static func throttleKeys(email: String, address: String?) -> [(key: String, throttle: LoginThrottle)] {
        [("account:" + email, .perAccount)] + (address.map { [("address:" + $0, LoginThrottle.perAddress)] } ?? [])
    }

    /// Creates a long-lived token for an integration, acting as the actor.
    public func createAPIToken(name: String, by actor: Actor) async throws -> IssuedToken {
        var checks = FieldChecks()
        let name = checks.requiredText("name", name, max: 100)
        do { try checks.throwIfAny() } catch { throw error.serviceError }
        return try await issue(for: actor.userId, kind: .api, name: name, lifetime: nil)
    }

    /// Revokes the token that is presented.
    public func logout(token: String) async throws {
        let now = environment.clock.now()
        let hash = Self.hash(token)
        try await environment.storage.write { session in
            let store = AuthTokenStore()
            if let stored = try await store.find(hash: hash, in: session) {
                try await store.revoke(id: stored.id, at: now, in: session)
            }
        }
        recentTokens.forget(tokenHash: hash)
    }

    /// The actor behind a bearer token; `unauthenticated` when it is unknown, expired, revoked or its user inactive.
    public func authenticate(token: String) async throws -> Actor {
        let now = environment.clock.now()
        let hash = Self.hash(token)
        if let actor = recentTokens.actor(forTokenHash: hash, at: now) { return actor }
        let found: (User, AuthToken)? = try await environment.storage.read { session in
            guard let stored = try await AuthTokenStore().find(hash: hash, in: session), stored.isUsable(at: now),
                let user = try await UserStore().find(id: stored.userId, in: session)
            else { return nil }
            return (user, stored)
        }
        guard let (user, stored) = found, user.isActive, let actor = Actor(user: user) else {
            throw ServiceError.unauthenticated
        }
        recentTokens.remember(actor, forTokenHash: hash, expiresAt: stored.expiresAt, now: now)
        return actor
    }

    private func issue(
        for userId: String, kind: AuthToken.Kind, name: String?, lifetime: TimeInterval?
    ) async throws -> IssuedToken {
        let now = environment.clock.now()
        let secret = Self.newSecret()
        let token = AuthToken(
            id: environment.ids.next(), userId: userId, tokenHash: Self.hash(secret), kind: kind, name: name,
            createdAt: now, expiresAt: lifetime.map { now.addingTimeInterval($0) })
        try await environment.storage.write { session in try await AuthTokenStore().insert(token, in: session) }
        return IssuedToken(token: secret, expiresAt: token.expiresAt)
    }

    /// A hash checked against when the email is unknown (cost 12, like real ones).
    private static let unknownUserHash = Bcrypt.hash("cairn-unknown-user", cost: 12)

    static func hash(_ token: String) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: Data(token.utf8)) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    static func newSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let base64 = Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        return "cairn_" + base64
    }
}

/// A token as handed to the user, once; only its hash is kept.
public struct IssuedToken: Sendable, Equatable {
    /// The bearer token.
    public var token: String
    /// When it stops working; nil for API tokens.
    public var expiresAt: Date?
    /// Who signed in, for logins (so the caller needs no second look-up); nil for API tokens.
    public var user: User?
}
