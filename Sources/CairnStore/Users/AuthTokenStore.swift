import CairnCore
import Foundation
import SQLKit

/// Sign-in tokens, stored only as SHA-256 hashes so a leaked database yields no usable token.
public struct AuthTokenStore: Sendable {
    /// Creates the store.
    public init() {}

    /// Saves a token's hash.
    public func insert(_ token: AuthToken, in session: StoreSession) async throws {
        try await session.sql.insert(into: "auth_tokens")
            .columns(
                "id", "user_id", "token_hash", "kind", "name", "scopes", "created_at", "expires_at", "revoked_at",
                "last_used_at"
            )
            .values(
                SQLBind(token.id), SQLBind(token.userId), SQLBind(token.tokenHash), SQLBind(token.kind.rawValue),
                SQLBind(token.name), SQLBind(token.grant.map(\.text)), SQLBind(token.createdAt.stored),
                SQLBind(token.expiresAt?.stored), SQLBind(token.revokedAt?.stored), SQLBind(token.lastUsedAt?.stored)
            )
            .run()
    }

    /// The token with a hash.
    public func find(hash: String, in session: StoreSession) async throws -> AuthToken? {
        try await session.sql.select().column("*").from("auth_tokens").where("token_hash", .equal, hash).first()
            .map(Self.decode)
    }

    /// The token with an id.
    public func find(id: String, in session: StoreSession) async throws -> AuthToken? {
        try await session.sql.select().column("*").from("auth_tokens").where("id", .equal, id).first().map(Self.decode)
    }

    /// A user's API tokens that are not revoked (expired ones included, so their owner sees them lapse), newest
    /// first.
    public func apiTokens(of userId: String, in session: StoreSession) async throws -> [AuthToken] {
        try await session.sql.select().column("*").from("auth_tokens")
            .where("user_id", .equal, userId).where("kind", .equal, AuthToken.Kind.api.rawValue)
            .where("revoked_at", .is, SQLLiteral.null)
            .orderBy("created_at", .descending).orderBy("id", .descending)
            .all().map(Self.decode)
    }

    /// Marks a token revoked.
    public func revoke(id: String, at: Date, in session: StoreSession) async throws {
        try await session.sql.update("auth_tokens").set("revoked_at", to: at.stored).where("id", .equal, id).run()
    }

    /// Revokes every live token of one kind a user holds, but `keeping` one (the session that asked); returns the
    /// hashes revoked, so the node can forget them at once.
    public func revokeAll(
        of userId: String, kind: AuthToken.Kind, keeping kept: String? = nil, at: Date, in session: StoreSession
    ) async throws -> [String] {
        var live = session.sql.select().column("id").column("token_hash").from("auth_tokens")
            .where("user_id", .equal, userId).where("kind", .equal, kind.rawValue)
            .where("revoked_at", .is, SQLLiteral.null)
        if let kept { live = live.where("id", .notEqual, kept) }
        let rows = try await live.all()
        let ids = try rows.map { try $0.decode(column: "id", as: String.self) }
        guard !ids.isEmpty else { return [] }
        try await session.sql.update("auth_tokens").set("revoked_at", to: at.stored).where("id", .in, ids).run()
        return try rows.map { try $0.decode(column: "token_hash", as: String.self) }
    }

    /// Records when a token was last presented.
    public func markUsed(id: String, at: Date, in session: StoreSession) async throws {
        try await session.sql.update("auth_tokens").set("last_used_at", to: at.stored).where("id", .equal, id).run()
    }

    static func decode(_ row: any SQLRow) throws -> AuthToken {
        let reader = RowReader(row: row, table: "auth_tokens")
        return AuthToken(
            id: try reader.string("id"), userId: try reader.string("user_id"), tokenHash: try reader.string("token_hash"),
            kind: AuthToken.Kind(rawValue: try reader.string("kind")) ?? .session, name: try reader.optionalString("name"),
            grant: try reader.optionalString("scopes").flatMap { AccessGrant(text: $0) },
            createdAt: try reader.date("created_at"), expiresAt: try reader.optionalDate("expires_at"),
            revokedAt: try reader.optionalDate("revoked_at"), lastUsedAt: try reader.optionalDate("last_used_at"))
    }
}

/// A bearer token's stored form.
public struct AuthToken: Sendable, Equatable {
    /// Short-lived (login) or long-lived (integration) token.
    public enum Kind: String, Sendable {
        case session
        case api
    }

    public var id: String
    public var userId: String
    public var tokenHash: String
    public var kind: Kind
    public var name: String?
    /// What an API token may do; nil for sessions, which may do everything their user's role allows.
    public var grant: AccessGrant?
    public var createdAt: Date
    public var expiresAt: Date?
    public var revokedAt: Date?
    /// When the token was last presented (to the minute); nil when never.
    public var lastUsedAt: Date?

    /// Creates a token record.
    public init(
        id: String, userId: String, tokenHash: String, kind: Kind, name: String?, grant: AccessGrant? = nil,
        createdAt: Date, expiresAt: Date?, revokedAt: Date? = nil, lastUsedAt: Date? = nil
    ) {
        self.id = id
        self.userId = userId
        self.tokenHash = tokenHash
        self.kind = kind
        self.name = name
        self.grant = grant
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.revokedAt = revokedAt
        self.lastUsedAt = lastUsedAt
    }

    /// What the token lets its bearer do: everything the role allows for a session; an API token's scopes (read only,
    /// should a stored token have none).
    public var effectiveGrant: AccessGrant {
        kind == .session ? .full : grant ?? AccessGrant([.read])
    }

    /// Whether the token may be used at an instant.
    public func isUsable(at now: Date) -> Bool {
        revokedAt == nil && (expiresAt.map { now < $0 } ?? true)
    }
}
