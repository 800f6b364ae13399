import Foundation
import Logging

/// Where the data lives, parsed from `--database` / `CAIRN_DATABASE_URL`.
public enum StorageLocation: Sendable, Equatable {
    /// An SQLite file.
    case sqliteFile(String)
    /// A private in-memory SQLite database (tests).
    case sqliteMemory
    /// A PostgreSQL URL.
    case postgres(String)

    /// The default: `./cairn.sqlite`.
    public static let defaultLocation = StorageLocation.sqliteFile("cairn.sqlite")

    /// Parses `sqlite:///abs/path`, `sqlite://relative/path`, `sqlite::memory:`, `postgres://…`, or a plain file path.
    public init(parsing text: String) throws(StorageLocationError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { throw StorageLocationError(text: text) }
        if trimmed.hasPrefix("postgres://") || trimmed.hasPrefix("postgresql://") {
            self = .postgres(trimmed)
        } else if trimmed == "sqlite::memory:" || trimmed == ":memory:" {
            self = .sqliteMemory
        } else if trimmed.hasPrefix("sqlite://") {
            let path = String(trimmed.dropFirst("sqlite://".count))
            if path.isEmpty { throw StorageLocationError(text: text) }
            self = .sqliteFile(path)
        } else if trimmed.contains("://") {
            throw StorageLocationError(text: text)
        } else {
            self = .sqliteFile(trimmed)
        }
    }

    /// Opens the storage this location names.
    public func open(logger: Logger) async throws -> any Storage {
        switch self {
        case .sqliteFile(let path): try await SQLiteStorage.open(path: path, logger: logger)
        case .sqliteMemory: try await SQLiteStorage.open(path: nil, logger: logger)
        case .postgres(let url): try await PostgresStorage.open(url: url, logger: logger)
        }
    }

    /// A description without the password, safe for logs.
    public var redacted: String {
        switch self {
        case .sqliteFile(let path): "sqlite://\(path)"
        case .sqliteMemory: "sqlite::memory:"
        case .postgres(let url):
            url.replacing(/:[^:@\/]*@/, with: ":***@")
        }
    }
}

/// A database location that is not understood.
public struct StorageLocationError: Error, Sendable, CustomStringConvertible {
    /// What was given.
    public let text: String

    public var description: String {
        "unsupported database '\(text)': use a file path, sqlite:///path, sqlite::memory: or postgres://user:password@host:port/db"
    }
}
