import CairnCore
import Foundation
import SQLKit

/// Users' saved list views.
public struct SavedViewStore: Sendable {
    /// Creates the store.
    public init() {}

    /// Stores a view.
    public func insert(_ view: SavedView, in session: StoreSession) async throws {
        try await session.sql.insert(into: "saved_views")
            .columns("id", "user_id", "page", "name", "query", "created_at")
            .values(
                SQLBind(view.id), SQLBind(view.userId), SQLBind(view.page), SQLBind(view.name), SQLBind(view.query),
                SQLBind(view.createdAt.stored)
            )
            .run()
    }

    /// A user's views of a list, oldest first.
    public func views(userId: String, page: String, in session: StoreSession) async throws -> [SavedView] {
        try await session.sql.select().column("*").from("saved_views")
            .where("user_id", .equal, userId).where("page", .equal, page)
            .orderBy("created_at").orderBy("id")
            .all().map { row in
                let reader = RowReader(row: row, table: "saved_views")
                return SavedView(
                    id: try reader.string("id"), userId: try reader.string("user_id"), page: try reader.string("page"),
                    name: try reader.string("name"), query: try reader.string("query"),
                    createdAt: try reader.date("created_at"))
            }
    }

    /// Deletes one of a user's views; false when the user has no view with that id.
    public func delete(id: String, userId: String, in session: StoreSession) async throws -> Bool {
        let rows = try await session.sql.delete(from: "saved_views")
            .where("id", .equal, id).where("user_id", .equal, userId)
            .returning("id").all()
        return !rows.isEmpty
    }
}
