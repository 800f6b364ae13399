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
            .columns("id", "user_id", "token_hash", "kind", "name", "created_at", "expires_at", "revoked_at")
            .values(
                SQLBind(token.id), SQLBind(token.userId), SQLBind(token.tokenHash), SQLBind(token.kind.rawValue),
                SQLBind(token.name), SQLBind(token.createdAt.stored), SQLBind(token.expiresAt?.stored),
                SQLBind(token.revokedAt?.stored)
            )
            .run()
    }

    /// The token with a hash.
    public func find(hash: String, in session: StoreSession) async throws -> AuthToken? {
        guard
            let row = try await session.sql.select().column("*").from("auth_tokens")
                .where("token_hash", .equal, hash).first()
        else { return nil }
        let reader = RowReader(row: row, table: "auth_tokens")
        return AuthToken(
            id: try reader.string("id"), userId: try reader.string("user_id"), tokenHash: try reader.string("token_hash"),
            kind: AuthToken.Kind(rawValue: try reader.string("kind")) ?? .session, name: try reader.optionalString("name"),
            createdAt: try reader.date("created_at"), expiresAt: try reader.optionalDate("expires_at"),
            revokedAt: try reader.optionalDate("revoked_at"))
    }

    /// Marks a token revoked.
    public func revoke(id: String, at: Date, in session: StoreSession) async throws {
        try await session.sql.update("auth_tokens").set("revoked_at", to: at.stored).where("id", .equal, id).run()
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
    public var createdAt: Date
    public var expiresAt: Date?
    public var revokedAt: Date?

    /// Creates a token record.
    public init(
        id: String, userId: String, tokenHash: String, kind: Kind, name: String?, createdAt: Date, expiresAt: Date?,
        revokedAt: Date? = nil
    ) {
        self.id = id
        self.userId = userId
        self.tokenHash = tokenHash
        self.kind = kind
        self.name = name
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.revokedAt = revokedAt
    }

    /// Whether the token may be used at an instant.
    public func isUsable(at now: Date) -> Bool {
        revokedAt == nil && (expiresAt.map { now < $0 } ?? true)
    }
}
