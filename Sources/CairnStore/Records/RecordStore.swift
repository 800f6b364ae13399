import CairnCore
import Foundation
import SQLKit

/// Reads and writes one kind of record, its stamps and its search tokens. SQL written once for both dialects.
public struct RecordStore<Fields: RecordTable>: Sendable {
    private let search = SearchIndex(table: Fields.table)
    static var stampColumns: [String] {
        ["id", "version", "owner_id", "team_id", "created_at", "created_by", "updated_at", "updated_by", "deleted_at"]
    }

    /// `INSERT INTO table (columns…) VALUES`, built once: inserts are hot, and builder serialization showed in profiles.
    private static var insertPrefix: String {
        "INSERT INTO \(Fields.table) (\((stampColumns + Fields.fieldColumns).joined(separator: ", "))) VALUES"
    }

    /// Creates the store.
    public init() {}

    /// Inserts a new record (its search tokens are filed by `index`, which the writer's observer calls).
    public func insert(_ record: Stored<Fields>, in session: StoreSession) async throws {
        let values = Self.stampValues(record.meta) + record.fields.columnValues()
        try await session.sql.raw("\(unsafeRaw: Self.insertPrefix) (\(binds: values))").run()
    }

    /// Inserts new records with multi-row statements (a seeded batch); their tokens are filed by `indexNew`.
    public func insert(_ records: [Stored<Fields>], in session: StoreSession) async throws {
        // Stay under SQLite's 32,766 binds per statement whatever the kind's width.
        let perStatement = max(1, 30_000 / (Self.stampColumns.count + Fields.fieldColumns.count))
        for chunk in records.chunked(by: perStatement) {
            let rows = chunk.map { SQLQueryString("(\(binds: Self.stampValues($0.meta) + $0.fields.columnValues()))") }
            try await session.sql.raw("\(unsafeRaw: Self.insertPrefix) \(SQLList(rows))").run()
        }
    }

    /// Files the search tokens of new records together.
    public func indexNew(_ records: [Stored<Fields>], in session: StoreSession) async throws {
        try await search.add(records.map { ($0.id, $0.fields.searchableTexts) }, in: session)
    }

    /// Of `values`, those a live record holds in `column` (a unique field's check for a batch).
    public func liveValues(in column: String, among values: [String], in session: StoreSession) async throws -> Set<String> {
        var held = Set<String>()
        for chunk in values.chunked(by: 500) {
            let rows = try await session.sql.select().column(SQLIdentifier(column)).from(Fields.table)
                .where(SQLIdentifier(column), .in, Array(chunk)).where("deleted_at", .is, SQLLiteral.null).all()
            for row in rows { held.insert(try row.decode(column: column, as: String.self)) }
        }
        return held
    }

    /// Files a written record's search tokens: a new record's, a changed one's in place of its old ones when its
    /// searchable texts changed, none once it is deleted.
    public func index(_ record: Stored<Fields>, previous: Stored<Fields>?, in session: StoreSession) async throws {
        let texts = record.fields.searchableTexts
        guard let previous else {
            try await search.add(recordId: record.id, texts: texts, in: session)
            return
        }
        let wasLive = previous.meta.deletedAt == nil
        switch (wasLive, record.meta.deletedAt == nil) {
        case (true, true) where previous.fields.searchableTexts == texts: return
        case (_, true): try await search.store(recordId: record.id, texts: texts, in: session)
        case (true, false): try await search.remove(recordId: record.id, in: session)
        case (false, false): return
        }
    }

    /// Writes a changed record if its stored version is still `expectedVersion`; false when it was not (search
    /// tokens follow through `index`).
    public func update(_ record: Stored<Fields>, expectedVersion: Int, in session: StoreSession) async throws -> Bool {
        var builder = session.sql.update(Fields.table)
        let columns = Self.stampColumns.dropFirst() + Fields.fieldColumns
        let values = Array(Self.stampValues(record.meta).dropFirst()) + record.fields.columnValues()
        for (column, value) in zip(columns, values) {
            builder = builder.set(SQLColumn(column), to: SQLBind(value))
        }
        let rows =
            try await builder
            .where("id", .equal, record.id)
            .where("version", .equal, expectedVersion)
            .returning("id")
            .all()
        return !rows.isEmpty
    }

    /// The record with an id (deleted ones only when asked), whoever may see it.
    public func find(_ id: String, includingDeleted: Bool = false, in session: StoreSession) async throws -> Stored<Fields>? {
        try await find(id, includingDeleted: includingDeleted, visibility: .everything, in: session)
    }

    /// The live record with an id if it lies within a scope.
    public func find(_ id: String, visibility: Visibility, in session: StoreSession) async throws -> Stored<Fields>? {
        try await find(id, includingDeleted: false, visibility: visibility, in: session)
    }

    private func find(
        _ id: String, includingDeleted: Bool, visibility: Visibility, in session: StoreSession
    ) async throws -> Stored<Fields>? {
        // Plain SQL text: the hottest query of all, and the builder's serialization showed in profiles.
        let liveOnly = includingDeleted ? "" : " AND deleted_at IS NULL"
        let query: SQLQueryString =
            "SELECT * FROM \(unsafeRaw: Fields.table) WHERE id = \(bind: id)\(unsafeRaw: liveOnly) AND \(visibility.condition())"
        guard let row = try await session.sql.raw(query).first() else { return nil }
        return try Self.decode(row)
    }

    /// The id of another live record whose `column` holds `value`, if there is one (a unique field's check).
    public func liveId(
        where column: String, equals value: String, excluding id: String, in session: StoreSession
    )
        async throws -> String?
    {
        try await session.sql.select().column("id").from(Fields.table)
            .where(SQLIdentifier(column), .equal, SQLBind(value)).where("deleted_at", .is, SQLLiteral.null)
            .where("id", .notEqual, id).limit(1).first()?.decode(column: "id", as: String.self)
    }

    /// How many live records exist.
    public func count(in session: StoreSession) async throws -> Int {
        let row = try await session.sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: Fields.table) WHERE deleted_at IS NULL")
            .first()
        return try row?.decode(column: "n", as: Int.self) ?? 0
    }

    /// Up to `limit` live ids picked at random over the whole table (what a load test reads).
    public func sampleIds(_ limit: Int, in session: StoreSession) async throws -> [String] {
        try await session.sql.raw(
            "SELECT id FROM \(unsafeRaw: Fields.table) WHERE deleted_at IS NULL ORDER BY random() LIMIT \(literal: limit)"
        ).all().map { try $0.decode(column: "id", as: String.self) }
    }

    /// Which of these ids are live records within a scope (a batch's reference check, one query per 500).
    public func existing(_ ids: Set<String>, visibility: Visibility, in session: StoreSession) async throws -> Set<String> {
        var found: Set<String> = []
        for chunk in Array(ids).chunked(by: 500) {
            let query: SQLQueryString =
                "SELECT id FROM \(unsafeRaw: Fields.table) WHERE id IN (\(binds: Array(chunk))) AND deleted_at IS NULL AND \(visibility.condition())"
            for row in try await session.sql.raw(query).all() { found.insert(try row.decode(column: "id", as: String.self)) }
        }
        return found
    }

    /// One page of live records matching the query.
    public func list(_ request: RecordQuery, in session: StoreSession) async throws -> RecordPage<Fields> {
        guard let sort = Fields.sortFields[request.sortField] else {
            throw RecordQueryError.unknownSort(request.sortField)
        }
        guard var query = try await matching(request, columns: "*", in: session) else {
            return RecordPage(items: [], next: nil)
        }
        if let after = request.after {
            query = query.where(keyset(after: after, sort: sort, descending: request.isDescending))
        }
        let direction: SQLDirection = request.isDescending ? .descending : .ascending
        let rows =
            try await query
            .orderBy(SQLRaw(sort.expression), direction)
            .orderBy(SQLColumn("id"), direction)
            .limit(request.limit + 1)
            .all()
        let records = try rows.prefix(request.limit).map(Self.decode)
        let next: CursorPosition? =
            rows.count > request.limit
            ? try records.last.map { CursorPosition(value: try sortValue(of: rows[request.limit - 1], sort: sort), id: $0.id) }
            : nil
        return RecordPage(items: records, next: next)
    }

    /// How many live records match the query's scope, filters and search, counted up to `cap + 1` (a list says
    /// "1,000+" rather than counting a million rows for a number nobody reads).
    public func count(_ request: RecordQuery, cap: Int, in session: StoreSession) async throws -> Int {
        guard let query = try await matching(request, columns: "id", in: session) else { return 0 }
        return try await query.limit(cap + 1).all().count
    }

    /// The select of live records in scope that pass the query's filters and search; nil when the search can
    /// match nothing (`_`, `%`, `!`, an emoji: nothing is found — never every record).
    private func matching(
        _ request: RecordQuery, columns: String, in session: StoreSession
    ) async throws -> SQLSelectBuilder? {
        var query = session.sql.select().column(SQLRaw(columns)).from(Fields.table)
            .where("deleted_at", .is, SQLLiteral.null).where(request.visibility.condition())
        for (field, value) in request.filters.sorted(by: { $0.key < $1.key }) {
            guard let column = Fields.filterFields[field] else { throw RecordQueryError.unknownFilter(field) }
            if Fields.filterStorage(field) == .integer {
                guard let number = Int(value) else { throw RecordQueryError.invalidFilterValue(field) }
                query = query.where(SQLColumn(column), .equal, SQLBind(number))
            } else {
                query = query.where(SQLColumn(column), .equal, SQLBind(value))
            }
        }
        if let text = request.search {
            if let exact = Fields.exactSearch(text) {
                query = query.where(SQLColumn(exact.column), .equal, SQLBind(exact.value))
            } else if let condition = try await search.condition(matching: SearchTokens.query(text), in: session) {
                query = query.where(condition)
            } else if !text.trimmedForInput.isEmpty {
                return nil
            }
        }
        return query
    }

    /// Live records within a scope matching a condition written for this table, in an order, at most `limit` of
    /// them (for the purpose-built queries of pages such as Today).
    func select(
        where condition: SQLQueryString, visibility: Visibility, orderBy order: String, limit: Int,
        in session: StoreSession
    ) async throws -> [Stored<Fields>] {
        let query: SQLQueryString =
            "SELECT * FROM \(unsafeRaw: Fields.table) WHERE deleted_at IS NULL AND \(visibility.condition()) AND (\(condition)) ORDER BY \(unsafeRaw: order) LIMIT \(literal: limit)"
        return try await session.sql.raw(query).all().map(Self.decode)
    }

    /// Gives every record of an owner (deleted ones too) the owner's new team, so team scope keeps following the
    /// owner; returns how many records moved. The team is a scope stamp, not content: versions do not change.
    public func followOwnerTeam(ownerId: String, teamId: String?, in session: StoreSession) async throws -> Int {
        let rows = try await session.sql.update(Fields.table)
            .set("team_id", to: SQLBind(teamId))
            .where("owner_id", .equal, ownerId)
            .returning("id")
            .all()
        return rows.count
    }

    /// Live records in id order after `id` (from the start when nil): a walk over a whole table in pages.
    public func page(after id: String?, limit: Int, in session: StoreSession) async throws -> [Stored<Fields>] {
        try await select(
            where: id.map { "id > \(bind: $0)" } ?? "1 = 1", visibility: .everything, orderBy: "id", limit: limit,
            in: session)
    }

    /// Every record, deleted ones included, whose `column` holds one of `ids` (children of merged records).
    public func referencing(column: String, ids: [String], in session: StoreSession) async throws -> [Stored<Fields>] {
        guard !ids.isEmpty else { return [] }
        return try await session.sql.select().column("*").from(Fields.table)
            .where(column, .in, ids)
            .orderBy("id")
            .all().map(Self.decode)
    }

    /// The live records with these ids within a scope (in no particular order; missing ones are left out).
    public func find(
        ids: [String], visibility: Visibility, in session: StoreSession
    ) async throws
        -> [Stored<Fields>]
    {
        try await findMarkingScope(ids: ids, visibility: visibility, in: session).filter(\.isVisible).map(\.record)
    }

    /// The live records with these ids, each marked with whether it lies within a scope: what a duplicate check
    /// needs to show the matches a user may see and count the others, in one query.
    public func findMarkingScope(
        ids: [String], visibility: Visibility, in session: StoreSession
    ) async throws -> [(record: Stored<Fields>, isVisible: Bool)] {
        guard !ids.isEmpty else { return [] }
        let query: SQLQueryString =
            "SELECT *, CASE WHEN \(visibility.condition()) THEN 1 ELSE 0 END AS in_scope FROM \(unsafeRaw: Fields.table) WHERE id IN (\(binds: ids)) AND deleted_at IS NULL"
        return try await session.sql.raw(query).all().map { row in
            (try Self.decode(row), try row.decode(column: "in_scope", as: Int.self) == 1)
        }
    }

    private func keyset(after: CursorPosition, sort: SortColumn, descending: Bool) -> any SQLExpression {
        let comparison = descending ? "<" : ">"
        let value: any Encodable & Sendable = sort.isInteger ? (Int64(after.value) ?? 0) : after.value
        return SQLQueryString(
            "(\(unsafeRaw: sort.expression) \(unsafeRaw: comparison) \(bind: value) OR (\(unsafeRaw: sort.expression) = \(bind: value) AND id \(unsafeRaw: comparison) \(bind: after.id)))"
        )
    }

    private func sortValue(of row: any SQLRow, sort: SortColumn) throws -> String {
        let reader = RowReader(row: row, table: Fields.table)
        if sort.isInteger {
            return String(try reader.optionalInt(sort.column) ?? Int.max)
        }
        return try reader.optionalString(sort.column) ?? ""
    }

    static func stampValues(_ meta: RecordMeta) -> [any Encodable & Sendable] {
        [
            meta.id, meta.version, meta.ownerId, meta.teamId, meta.createdAt.stored, meta.createdBy,
            meta.updatedAt.stored, meta.updatedBy, meta.deletedAt?.stored,
        ]
    }

    static func decode(_ row: any SQLRow) throws -> Stored<Fields> {
        let reader = RowReader(row: row, table: Fields.table)
        let meta = RecordMeta(
            id: try reader.string("id"), version: try reader.int("version"), ownerId: try reader.string("owner_id"),
            teamId: try reader.optionalString("team_id"), createdAt: try reader.date("created_at"),
            createdBy: try reader.string("created_by"), updatedAt: try reader.date("updated_at"),
            updatedBy: try reader.string("updated_by"), deletedAt: try reader.optionalDate("deleted_at"))
        return Stored(meta: meta, fields: try Fields(row: reader))
    }
}

/// A list request naming a field that cannot be filtered or sorted on.
public enum RecordQueryError: Error, Sendable, Equatable {
    case unknownFilter(String)
    case unknownSort(String)
    /// A filter on a number field with a value that is not one.
    case invalidFilterValue(String)
}
