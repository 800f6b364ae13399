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

    /// Runs a command's work on the services and closes the database afterwards, whether the work succeeded or not;
    /// a refused use case becomes the command's error message, one line per field.
    func withServices<T>(logger: Logger, _ body: (Services) async throws -> T) async throws -> T {
        let services = try await services(logger: logger)
        do {
            let value = try await body(services)
            try await services.environment.storage.close()
            return value
        } catch {
            try? await services.environment.storage.close()
            if let error = error as? ServiceError { throw ValidationError(CommandErrors.describe(error)) }
            throw error
        }
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
