import CairnCore
import Foundation
import SQLKit

/// The merge history.
public struct MergeStore: Sendable {
    /// Creates the store.
    public init() {}

    /// Stores a merge.
    public func insert(_ entry: MergeEntry, in session: StoreSession) async throws {
        try await session.sql.insert(into: "merges")
            .columns(
                "id", "entity", "survivor_id", "merged_ids", "snapshot", "versions_after", "merged_at", "merged_by"
            )
            .values(
                SQLBind(entry.id), SQLBind(entry.entity), SQLBind(entry.survivorId), SQLBind(entry.mergedIds.jsonText),
                SQLBind(try Self.json(entry.snapshot)), SQLBind(try Self.json(entry.versionsAfter)),
                SQLBind(entry.mergedAt.stored), SQLBind(entry.mergedBy)
            )
            .run()
    }

    /// The merge with an id.
    public func find(_ id: String, in session: StoreSession) async throws -> MergeEntry? {
        guard let row = try await session.sql.select().column("*").from("merges").where("id", .equal, id).first() else {
            return nil
        }
        let reader = RowReader(row: row, table: "merges")
        return MergeEntry(
            id: try reader.string("id"), entity: try reader.string("entity"), survivorId: try reader.string("survivor_id"),
            mergedIds: try reader.stringArray("merged_ids"),
            snapshot: try Self.decode([String: String].self, try reader.string("snapshot")),
            versionsAfter: try Self.decode([String: Int].self, try reader.string("versions_after")),
            mergedAt: try reader.date("merged_at"), mergedBy: try reader.string("merged_by"),
            undoneAt: try reader.optionalDate("undone_at"), undoneBy: try reader.optionalString("undone_by"))
    }

    /// The record a merged-away one now lives on: the survivor of the latest merge of `mergedId` not undone.
    public func survivor(ofMerged mergedId: String, entity: String, in session: StoreSession) async throws -> String? {
        let rows = try await session.sql.select().column("survivor_id").column("merged_ids").from("merges")
            .where("entity", .equal, entity).where("undone_at", .is, SQLLiteral.null)
            .where("merged_ids", .like, "%\(mergedId)%").orderBy("merged_at", .descending).all()
        for row in rows {
            let reader = RowReader(row: row, table: "merges")
            if try reader.stringArray("merged_ids").contains(mergedId) { return try reader.string("survivor_id") }
        }
        return nil
    }

    /// Marks a merge undone; false when it already was.
    public func markUndone(_ id: String, at: Date, by userId: String, in session: StoreSession) async throws -> Bool {
        let rows = try await session.sql.update("merges")
            .set("undone_at", to: SQLBind(at.stored)).set("undone_by", to: SQLBind(userId))
            .where("id", .equal, id).where("undone_at", .is, SQLLiteral.null)
            .returning("id").all()
        return !rows.isEmpty
    }

    private static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        guard let value = try? JSONDecoder().decode(type, from: Data(text.utf8)) else {
            throw StoreError.corruptRow(table: "merges", column: "snapshot")
        }
        return value
    }
}
