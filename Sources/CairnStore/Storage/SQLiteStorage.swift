import Foundation
import Logging
import NIOCore
import NIOPosix
import SQLKit
import SQLiteKit

/// SQLite in WAL mode: one writer connection that commits concurrent writes in groups (so no request ever sees
/// "database is locked"), several reader connections used in parallel.
public final class SQLiteStorage: Storage, @unchecked Sendable {
    public let dialect = StorageDialect.sqlite
    private let writer: SQLiteConnection
    private let readers: [SQLiteConnection]
    private let groupWriter: GroupCommitWriter
    private let nextReader = ManagedCounter()

    private init(writer: SQLiteConnection, readers: [SQLiteConnection]) {
        self.writer = writer
        self.readers = readers
        groupWriter = GroupCommitWriter(database: writer.sql(), dialect: .sqlite)
    }

    /// Opens (creating if needed) a database file, or a private in-memory database when `path` is nil.
    public static func open(path: String?, readerCount: Int = 4, logger: Logger) async throws -> SQLiteStorage {
        guard let path else {
            let connection = try await SQLiteConnection.open(storage: .memory, logger: logger)
            try await configure(connection, isFile: false)
            return SQLiteStorage(writer: connection, readers: [])
        }
        let writer = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
        try await configure(writer, isFile: true)
        // The writer walks every index a write touches (records, search, keys, audit): a 128 MiB page cache keeps
        // the hot part of them in memory instead of re-reading pages through the kernel (SQLite's default is 2 MiB).
        // At a million accounts 64 MiB made creates read a page from the kernel for most index inserts (463/s);
        // 256 MiB gave 600/s but put the server over 300 MB under load.
        try await writer.sql().raw("PRAGMA cache_size = -131072").run()
        var readers: [SQLiteConnection] = []
        for _ in 0..<readerCount {
            let reader = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
            try await configure(reader, isFile: true)
            readers.append(reader)
        }
        return SQLiteStorage(writer: writer, readers: readers)
    }

    private static func configure(_ connection: SQLiteConnection, isFile: Bool) async throws {
        let sql = connection.sql()
        if isFile {
            try await sql.raw("PRAGMA journal_mode = WAL").run()
            try await sql.raw("PRAGMA synchronous = NORMAL").run()
        }
        try await sql.raw("PRAGMA busy_timeout = 5000").run()
        // Statement and savepoint journals (every write runs in a savepoint of the group commit) and sorts stay in
        // memory: as temporary files, each page a write first touches cost a pwrite() call.
        try await sql.raw("PRAGMA temp_store = MEMORY").run()
        try await sql.raw("PRAGMA foreign_keys = ON").run()
    }

    public func read<T: Sendable>(_ body: @escaping @Sendable (StoreSession) async throws -> T) async throws -> T {
        guard !readers.isEmpty else {
            // An in-memory database has one connection; reads queue with the writes.
            return try await write(body)
        }
        let reader = readers[nextReader.next() % readers.count]
        return try await StorageFault.translating { try await body(StoreSession(sql: reader.sql(), dialect: dialect)) }
    }

    public func write<T: Sendable>(_ body: @escaping @Sendable (StoreSession) async throws -> T) async throws -> T {
        try await StorageFault.translating { try await groupWriter.write(body) }
    }

    public func close() async throws {
        await groupWriter.finish()
        for reader in readers { try await reader.close() }
        try await writer.close()
    }
}

/// A thread-safe counter for round-robin choices.
final class ManagedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value &+= 1
        return value & Int.max
    }
}
