import CairnCore
import Foundation
import SQLKit

/// Users, teams and sign-in tokens.
public struct UserStore: Sendable {
    /// Creates the store.
    public init() {}

    /// Inserts a user with a password hash; `uniqueViolation("users.email")` when the email is taken.
    public func insert(_ user: User, passwordHash: String, in session: StoreSession) async throws {
        if try await find(email: user.email, in: session) != nil {
            throw StoreError.uniqueViolation(constraint: "users.email")
        }
        try await session.sql.insert(into: "users")
            .columns("id", "email", "name", "password_hash", "role", "team_id", "is_active", "created_at")
            .values(
                SQLBind(user.id), SQLBind(user.email), SQLBind(user.name), SQLBind(passwordHash), SQLBind(user.role),
                SQLBind(user.teamId), SQLBind(user.isActive), SQLBind(user.createdAt.stored)
            )
            .run()
    }

    /// The user with an id.
    public func find(id: String, in session: StoreSession) async throws -> User? {
        try await session.sql.select().column("*").from("users").where("id", .equal, id).first().map(Self.decode)
    }

    /// The user with an id, read so that a team move cannot commit in between (a record's owner and team, written
    /// in the same transaction): PostgreSQL holds a share lock on the row until the write commits, so a move waits
    /// for it or it waits for the move and reads the new team; SQLite's single writer serializes the two anyway.
    public func findForOwnership(id: String, in session: StoreSession) async throws -> User? {
        let lock = session.dialect == .postgres ? " FOR SHARE" : ""
        return try await session.sql.raw("SELECT * FROM users WHERE id = \(bind: id)\(unsafeRaw: lock)").first()
            .map(Self.decode)
    }

    /// The user with an email (lower-case).
    public func find(email: String, in session: StoreSession) async throws -> User? {
        try await session.sql.select().column("*").from("users").where("email", .equal, email).first().map(Self.decode)
    }

    /// The stored bcrypt hash for an email, with the user.
    public func credentials(email: String, in session: StoreSession) async throws -> (User, String)? {
        guard let row = try await session.sql.select().column("*").from("users").where("email", .equal, email).first()
        else { return nil }
        return (try Self.decode(row), try RowReader(row: row, table: "users").string("password_hash"))
    }

    /// The stored bcrypt hash for a user id, with the user.
    public func credentials(id: String, in session: StoreSession) async throws -> (User, String)? {
        guard let row = try await session.sql.select().column("*").from("users").where("id", .equal, id).first()
        else { return nil }
        return (try Self.decode(row), try RowReader(row: row, table: "users").string("password_hash"))
    }

    /// Stores a new password hash.
    public func setPasswordHash(of userId: String, to hash: String, in session: StoreSession) async throws {
        try await session.sql.update("users").set("password_hash", to: hash).where("id", .equal, userId).run()
    }

    /// Puts a user in another team (or none).
    public func setTeam(of userId: String, to teamId: String?, in session: StoreSession) async throws {
        try await session.sql.update("users").set("team_id", to: SQLBind(teamId)).where("id", .equal, userId).run()
    }

    /// Every user, by name.
    public func all(in session: StoreSession) async throws -> [User] {
        try await session.sql.select().column("*").from("users").orderBy("name").all().map(Self.decode)
    }

    /// The team with a name, created when missing.
    public func team(named name: String, newId: String, now: Date, in session: StoreSession) async throws -> Team {
        if let row = try await session.sql.select().column("*").from("teams").where("name", .equal, name).first() {
            let reader = RowReader(row: row, table: "teams")
            return Team(id: try reader.string("id"), name: try reader.string("name"))
        }
        try await session.sql.insert(into: "teams")
            .columns("id", "name", "created_at")
            .values(SQLBind(newId), SQLBind(name), SQLBind(now.stored))
            .run()
        return Team(id: newId, name: name)
    }

    /// Every team, by name.
    public func teams(in session: StoreSession) async throws -> [Team] {
        try await session.sql.select().column("*").from("teams").orderBy("name").all().map { row in
            let reader = RowReader(row: row, table: "teams")
            return Team(id: try reader.string("id"), name: try reader.string("name"))
        }
    }

    /// How many users exist (an empty database gets demo data on `serve --demo`).
    public func count(in session: StoreSession) async throws -> Int {
        let row = try await session.sql.raw("SELECT COUNT(*) AS n FROM users").first()
        return try row?.decode(column: "n", as: Int.self) ?? 0
    }

    static func decode(_ row: any SQLRow) throws -> User {
        let reader = RowReader(row: row, table: "users")
        return User(
            id: try reader.string("id"), email: try reader.string("email"), name: try reader.string("name"),
            role: try reader.string("role"), teamId: try reader.optionalString("team_id"),
            isActive: try reader.bool("is_active"), createdAt: try reader.date("created_at"))
    }
}
