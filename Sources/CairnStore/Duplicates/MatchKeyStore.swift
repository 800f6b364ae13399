import Foundation
import SQLKit

/// The duplicate-check keys of records (opaque numbers made by the matching rules) and the rules they came from.
public struct MatchKeyStore: Sendable {
    /// Creates the store.
    public init() {}

    /// Files a record under `keys` instead of `previous` (its keys before the change; empty for a new record).
    public func replace(
        entity: String, recordId: String, previous: [Int64], keys: [Int64], in session: StoreSession
    ) async throws {
        let kept = Set(keys)
        let gone = Set(previous).subtracting(kept)
        if !gone.isEmpty {
            try await session.sql.delete(from: "match_keys")
                .where("entity", .equal, entity).where("record_id", .equal, recordId)
                .where("key", .in, Array(gone).sorted())
                .run()
        }
        try await insert(kept.subtracting(previous).sorted().map { (recordId, $0) }, entity: entity, in: session)
    }

    /// Files many records at once (a rebuild); pairs already present are kept.
    public func insert(_ entries: [(recordId: String, key: Int64)], entity: String, in session: StoreSession) async throws {
        // In key order: a seeded batch files hundreds of thousands of keys across the whole index, and inserting
        // them in order keeps each leaf page in the cache while its keys arrive.
        let ordered = entries.sorted { ($0.key, $0.recordId) < ($1.key, $1.recordId) }
        for slice in ordered.chunked(by: 300) {
            let rows = slice.map { SQLQueryString("(\(bind: entity), \(bind: $0.key), \(bind: $0.recordId))") }
            try await session.sql.raw(
                "INSERT INTO match_keys (entity, key, record_id) VALUES \(SQLList(rows)) ON CONFLICT DO NOTHING"
            ).run()
        }
    }

    /// The records filed under any of the keys, one entry per record and key shared, at most `limit` entries
    /// (read from the primary key alone).
    public func sharing(
        entity: String, keys: [Int64], limit: Int, in session: StoreSession
    ) async throws -> [(recordId: String, key: Int64)] {
        guard !keys.isEmpty else { return [] }
        return try await session.sql.select().column("record_id").column("key").from("match_keys")
            .where("entity", .equal, entity).where("key", .in, keys)
            .limit(limit)
            .all().map { (try $0.decode(column: "record_id", as: String.self), try $0.decode(column: "key", as: Int64.self)) }
    }

    /// Forgets every key of an entity (before a rebuild).
    public func removeAll(entity: String, in session: StoreSession) async throws {
        try await session.sql.delete(from: "match_keys").where("entity", .equal, entity).run()
    }

    /// The fingerprint of the rules an entity's keys were made with; nil before the first build.
    public func fingerprint(entity: String, in session: StoreSession) async throws -> String? {
        try await session.sql.select().column("fingerprint").from("match_key_rules").where("entity", .equal, entity)
            .first().map { try $0.decode(column: "fingerprint", as: String.self) }
    }

    /// Records the fingerprint of the rules an entity's keys are now made with.
    public func setFingerprint(_ fingerprint: String, entity: String, in session: StoreSession) async throws {
        try await session.sql.delete(from: "match_key_rules").where("entity", .equal, entity).run()
        try await session.sql.insert(into: "match_key_rules").columns("entity", "fingerprint")
            .values(SQLBind(entity), SQLBind(fingerprint)).run()
    }
}
