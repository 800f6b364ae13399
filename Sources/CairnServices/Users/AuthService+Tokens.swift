import CairnCore
import CairnStore
import Foundation

/// What an integration asks for when it wants a long-lived token.
public struct APITokenRequest: Sendable, Equatable {
    /// What the token is for ("ERP sync").
    public var name: String
    /// Scope names (`read`, `write`, `admin`, `accounts:read`…); nil for `read write`.
    public var scopes: [String]?
    /// Days until it stops working, 1–365; nil for `APITokenPolicy.defaultDays`.
    public var expiresInDays: Int?

    /// Creates a request.
    public init(name: String, scopes: [String]? = nil, expiresInDays: Int? = nil) {
        self.name = name
        self.scopes = scopes
        self.expiresInDays = expiresInDays
    }
}

/// The limits on API tokens.
public enum APITokenPolicy {
    /// Days a token lasts when the request names none.
    public static let defaultDays = 90
    /// The longest a token may last.
    public static let maximumDays = 365
    /// Live (unrevoked, unexpired) API tokens one user may hold.
    public static let maximumLive = 20
    /// The scopes a token gets when the request names none: everything but administration.
    public static let defaultScopes: Set<TokenScope> = [.read, .write]
}

/// An API token as listed: never its secret, which was shown once.
public struct APITokenSummary: Sendable, Equatable, Encodable {
    public var id: String
    public var name: String
    /// Scope names, in `TokenScope.all` order.
    public var scopes: [String]
    public var createdAt: Date
    public var expiresAt: Date?
    /// When it was last presented, to the minute; nil when never.
    public var lastUsedAt: Date?
    /// Whether it has lapsed (listed until revoked, so its owner sees why an integration stopped).
    public var expired: Bool

    private enum CodingKeys: String, CodingKey {
        case id, name, scopes, createdAt, expiresAt, lastUsedAt, expired
    }

    /// Every member, absent times as null (as the API documents them).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(scopes, forKey: .scopes)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(expiresAt, forKey: .expiresAt)
        try container.encode(lastUsedAt, forKey: .lastUsedAt)
        try container.encode(expired, forKey: .expired)
    }

    init(_ token: AuthToken, now: Date) {
        id = token.id
        name = token.name ?? ""
        scopes = token.effectiveGrant.text.split(separator: " ").map(String.init)
        createdAt = token.createdAt
        expiresAt = token.expiresAt
        lastUsedAt = token.lastUsedAt
        expired = !token.isUsable(at: now)
    }
}

extension AuthService {
    /// Creates a long-lived token for an integration acting as the actor, with scopes and an expiry; refused past
    /// `APITokenPolicy.maximumLive` live tokens. Token management needs a session or an `admin` token, so no token
    /// can mint a wider one. Audited (without the secret).
    public func createAPIToken(_ request: APITokenRequest, by actor: Actor) async throws -> IssuedToken {
        guard actor.grant.allowsAdministration else { throw ServiceError.forbidden }
        let (name, grant, days) = try Self.validated(request)
        let now = environment.clock.now()
        let live = try await environment.storage.read { session in
            try await AuthTokenStore().apiTokens(of: actor.userId, in: session).filter { $0.isUsable(at: now) }.count
        }
        guard live < APITokenPolicy.maximumLive else {
            throw ServiceError.conflict([
                FieldError(field: "tokens", code: .tooMany, parameters: ["max": String(APITokenPolicy.maximumLive)])
            ])
        }
        let (secret, token) = newToken(
            for: actor.userId, kind: .api, name: name, grant: grant, lifetime: TimeInterval(days) * 86_400)
        let summary = APITokenSummary(token, now: now)
        // The token and its audit entry are kept together or not at all.
        try await environment.storage.write { [environment] session in
            try await AuthTokenStore().insert(token, in: session)
            try await environment.auditLog.append(
                .tokenCreate, entity: "token", recordId: token.id, before: nil, after: summary, actor: actor, at: now,
                in: session)
        }
        return IssuedToken(id: token.id, token: secret, expiresAt: token.expiresAt, summary: summary)
    }

    /// The API tokens of the actor, or (with the right to manage users) of another user; revoked ones are gone.
    public func apiTokens(of userId: String? = nil, by actor: Actor) async throws -> [APITokenSummary] {
        let owner = try requireTokenManagement(of: userId ?? actor.userId, by: actor)
        let now = environment.clock.now()
        return try await environment.storage.read { session in
            try await AuthTokenStore().apiTokens(of: owner, in: session).map { APITokenSummary($0, now: now) }
        }
    }

    /// Revokes an API token of the actor (or, with the right to manage users, anyone's): refused from that moment
    /// on this node, and within the cache's 30 s on the others. Audited.
    public func revokeAPIToken(_ id: String, by actor: Actor) async throws {
        let now = environment.clock.now()
        let hash: String = try await environment.storage.write { [environment] session in
            let store = AuthTokenStore()
            guard let token = try await store.find(id: id, in: session), token.kind == .api, token.revokedAt == nil
            else { throw ServiceError.notFound(nil) }
            _ = try requireTokenManagement(of: token.userId, by: actor)
            try await store.revoke(id: id, at: now, in: session)
            try await environment.auditLog.append(
                .tokenRevoke, entity: "token", recordId: id, before: APITokenSummary(token, now: now), after: nil,
                actor: actor, at: now, in: session)
            return token.tokenHash
        }
        recentTokens.forget(tokenHash: hash)
    }

    /// Checks that the actor may manage a user's tokens and returns that user's id.
    private func requireTokenManagement(of userId: String, by actor: Actor) throws -> String {
        if userId != actor.userId { try actor.require(.manageUsers) }
        guard actor.grant.allowsAdministration else { throw ServiceError.forbidden }
        return userId
    }

    /// The request's name, scopes and days, or every problem found.
    static func validated(_ request: APITokenRequest) throws -> (String, AccessGrant, Int) {
        var checks = FieldChecks()
        let name = checks.requiredText("name", request.name, max: 100)
        var grant = AccessGrant(APITokenPolicy.defaultScopes)
        if let names = request.scopes {
            if let parsed = AccessGrant(text: names.joined(separator: " ")), !names.contains(where: \.isEmpty) {
                grant = parsed
            } else {
                checks.add("scopes", names.isEmpty ? .required : .invalidChoice)
            }
        }
        let days = request.expiresInDays ?? APITokenPolicy.defaultDays
        if !(1...APITokenPolicy.maximumDays).contains(days) {
            checks.add("expiresInDays", .outOfRange, ["min": "1", "max": String(APITokenPolicy.maximumDays)])
        }
        do { try checks.throwIfAny() } catch { throw error.serviceError }
        return (name, grant, days)
    }
}
