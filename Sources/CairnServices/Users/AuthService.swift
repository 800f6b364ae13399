import CairnCore
import CairnStore
import Crypto
import Foundation
import HummingbirdBcrypt

/// Sign-in: passwords to session tokens, and bearer tokens back to actors; API tokens
/// (`AuthService+Tokens.swift`) and password changes (`AuthService+Passwords.swift`) share its cache of recently
/// checked tokens, so whatever revokes a token here is refused at once on this node.
public struct AuthService: Sendable {
    let environment: ServiceEnvironment
    /// How long a login token lasts.
    public let sessionLifetime: TimeInterval
    /// The bcrypt work factor for new password hashes.
    let bcryptCost: UInt8
    let recentTokens = AuthenticationCache()

    /// Creates the service.
    public init(environment: ServiceEnvironment, bcryptCost: UInt8 = 12, sessionLifetime: TimeInterval = 12 * 3600) {
        self.environment = environment
        self.bcryptCost = bcryptCost
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
        try Self.refuseWhileLocked(throttles, failures: failures, at: now)
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
            try await recordFailure(throttles, at: now)
            throw ServiceError.invalidCredentials
        }
        if failures[throttles[0].key] != nil {
            try await environment.storage.write { try await LoginThrottleStore().remove(throttles[0].key, in: $0) }
        }
        var issued = try await issue(for: user.id, kind: .session, lifetime: sessionLifetime)
        issued.user = user
        return issued
    }

    /// Refuses (429 with the seconds to wait) while any of the keys is locked.
    static func refuseWhileLocked(
        _ throttles: [(key: String, throttle: LoginThrottle)], failures: [String: LoginFailures], at now: Date
    ) throws {
        let waits = throttles.compactMap { $0.throttle.retryAfter(failures[$0.key], at: now) }
        if let wait = waits.max() { throw ServiceError.tooManyAttempts(retryAfterSeconds: wait) }
    }

    /// Counts a wrong password against every key, from the state as it is inside the write (another sign-in may
    /// have counted one since it was read), so failures sent at once all count.
    func recordFailure(_ throttles: [(key: String, throttle: LoginThrottle)], at now: Date) async throws {
        try await environment.storage.write { session in
            let store = LoginThrottleStore()
            let current = try await store.findForUpdate(throttles.map(\.key), at: now, in: session)
            for (key, throttle) in throttles {
                try await store.save(throttle.failed(current[key], at: now), for: key, in: session)
            }
        }
    }

    /// The account's key first, then the address's when there is one.
    static func throttleKeys(email: String, address: String?) -> [(key: String, throttle: LoginThrottle)] {
        [("account:" + email, .perAccount)] + (address.map { [("address:" + $0, LoginThrottle.perAddress)] } ?? [])
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
        guard let (user, stored) = found, user.isActive, let actor = Actor(user: user, grant: stored.effectiveGrant)
        else { throw ServiceError.unauthenticated }
        if stored.kind == .api, stored.lastUsedAt.map({ now.timeIntervalSince($0) >= Self.lastUseResolution }) ?? true {
            try await environment.storage.write { try await AuthTokenStore().markUsed(id: stored.id, at: now, in: $0) }
        }
        recentTokens.remember(actor, forTokenHash: hash, expiresAt: stored.expiresAt, now: now)
        return actor
    }

    /// How exactly an API token's last use is kept: a busy integration writes it at most once a minute per node.
    static let lastUseResolution: TimeInterval = 60

    /// The id of the (unrevoked) token presented, for answers about "this session".
    func tokenId(of token: String) async throws -> String? {
        let hash = Self.hash(token)
        return try await environment.storage.read { try await AuthTokenStore().find(hash: hash, in: $0)?.id }
    }

    func issue(for userId: String, kind: AuthToken.Kind, lifetime: TimeInterval?) async throws -> IssuedToken {
        let (secret, token) = newToken(for: userId, kind: kind, name: nil, grant: nil, lifetime: lifetime)
        try await environment.storage.write { session in try await AuthTokenStore().insert(token, in: session) }
        return IssuedToken(id: token.id, token: secret, expiresAt: token.expiresAt)
    }

    /// A new secret and the token to store for it (only its hash).
    func newToken(
        for userId: String, kind: AuthToken.Kind, name: String?, grant: AccessGrant?, lifetime: TimeInterval?
    ) -> (secret: String, token: AuthToken) {
        let now = environment.clock.now()
        let secret = Self.newSecret()
        let token = AuthToken(
            id: environment.ids.next(), userId: userId, tokenHash: Self.hash(secret), kind: kind, name: name,
            grant: grant, createdAt: now, expiresAt: lifetime.map { now.addingTimeInterval($0) })
        return (secret, token)
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
    /// The stored token's id (to list and revoke it by).
    public var id: String
    /// The bearer token.
    public var token: String
    /// When it stops working.
    public var expiresAt: Date?
    /// Who signed in, for logins (so the caller needs no second look-up); nil for API tokens.
    public var user: User?
    /// An API token as it will be listed (name, scopes); nil for logins.
    public var summary: APITokenSummary?
}
