import PostgresKit
import SQLiteKit

/// Why the database cannot take a write (or answer) right now: conditions an operator must fix, not bugs. They
/// reach people as a 503 that says what happened (never a generic 500), and take the node out of `/readyz`.
public enum StorageFault: String, Sendable, Equatable {
    /// The database refuses writes: a read-only file or mount, a PostgreSQL standby or read-only setting.
    case readOnly = "read_only"
    /// No space left for the database (or its log).
    case diskFull = "disk_full"
    /// The database cannot be reached or read: connection lost, I/O error.
    case unreachable

    /// The fault an error from SQLite or PostgreSQL amounts to, if it is one.
    public static func of(_ error: any Error) -> StorageFault? {
        if let error = error as? SQLiteError { return of(sqlite: error.reason) }
        if let error = error as? PSQLError { return of(postgres: error) }
        return nil
    }

    private static func of(sqlite reason: SQLiteError.Reason) -> StorageFault? {
        switch reason {
        case .readOnly, .readonlyInRecovery, .readonlyCantLock, .readonlyInRollback, .readonlyBackingMoved,
            .readonlyDirectory:
            .readOnly
        case .full: .diskFull
        case .ioError, .cantOpen, .ioErrorFailedRead, .ioErrorIncompleteRead, .ioErrorFailedWrite, .ioErrorFailedSync,
            .ioErrorFailedDirSync, .ioErrorFailedTruncate, .ioErrorFailedStat, .ioErrorCorruptedFilesystem:
            .unreachable
        default: nil
        }
    }

    private static func of(postgres error: PSQLError) -> StorageFault? {
        switch error.code {
        case .server:
            guard let state = error.serverInfo?[.sqlState] else { return nil }
            if state == "25006" { return .readOnly }  // read_only_sql_transaction
            if state == "53100" { return .diskFull }  // disk_full
            // admin_shutdown, crash_shutdown, cannot_connect_now; connection exceptions (08…)
            if ["57P01", "57P02", "57P03"].contains(state) || state.hasPrefix("08") { return .unreachable }
            return nil
        case .serverClosedConnection, .connectionError, .poolClosed, .uncleanShutdown: return .unreachable
        default: return nil
        }
    }
}

extension StorageFault {
    /// Runs storage work, turning a database error that is a fault into `StoreError.unavailable`.
    static func translating<T>(_ work: () async throws -> T) async throws -> T {
        do {
            return try await work()
        } catch {
            guard let fault = of(error) else { throw error }
            throw StoreError.unavailable(fault)
        }
    }
}
