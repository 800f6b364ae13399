import ArgumentParser
import CairnCore
import CairnServices
import CairnStore
import Foundation
import Logging

/// `--database`, shared by every command: an option, else `CAIRN_DATABASE_URL`, else `./cairn.sqlite`.
struct DatabaseOptions: ParsableArguments {
    @Option(
        help:
            "sqlite:///path/to/file.sqlite, a file path, or postgres://user:password@host:port/db (default: $CAIRN_DATABASE_URL or ./cairn.sqlite)"
    )
    var database: String?

    /// Where the data lives.
    func location() throws -> StorageLocation {
        let text = database ?? ProcessInfo.processInfo.environment["CAIRN_DATABASE_URL"]
        guard let text, !text.isEmpty else { return .defaultLocation }
        do {
            return try StorageLocation(parsing: text)
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// Opens the database, migrates it and wires the services on a clock (the system's unless told otherwise).
    func services(logger: Logger, clock: any CairnCore.Clock = SystemClock()) async throws -> Services {
        try await Services.live(location: try location(), logger: logger, clock: clock)
    }
}

/// The process-wide logger, level from `CAIRN_LOG_LEVEL` (default info).
enum CommandLogging {
    static let logger: Logger = {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel =
                ProcessInfo.processInfo.environment["CAIRN_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
            return handler
        }
        return Logger(label: "cairn")
    }()
}
