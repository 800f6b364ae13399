import CairnCore
import CairnServices
import CairnStore
import Foundation
import Logging

/// A real database for one test: a private in-memory SQLite always, and a fresh PostgreSQL database per test when
/// `CAIRN_TEST_POSTGRES_URL` is set (CI sets it), so the same suites run on both.
public struct TestDatabase: Sendable, CustomStringConvertible {
    /// Which engine.
    public let dialect: StorageDialect
    let adminURL: String?
    /// For SQLite: a file in a temporary directory (a writer and readers, as `cairn serve` runs) instead of memory.
    var onDisk = false

    /// SQLite in a file, for what differs from an in-memory database (reads on their own connections).
    public static let sqliteOnDisk = TestDatabase(dialect: .sqlite, adminURL: nil, onDisk: true)

    public var description: String { dialect.rawValue }

    /// Every database the suites run on in this environment.
    public static var all: [TestDatabase] {
        var databases = [TestDatabase(dialect: .sqlite, adminURL: nil)]
        if let url = ProcessInfo.processInfo.environment["CAIRN_TEST_POSTGRES_URL"], !url.isEmpty {
            databases.append(TestDatabase(dialect: .postgres, adminURL: url))
        }
        return databases
    }

    static let logger = Logger(label: "cairn-test")

    /// Runs `body` with services started through the composition root (as `cairn serve` does) on a new empty database, and removes the database afterwards.
    public func withServices<T: Sendable>(
        clock: TestClock = TestClock(), observers: [any ChangeObserver] = [], jobKinds: [any JobKind] = [],
        jobSchedules: [JobSchedule] = [], _ body: (Services) async throws -> T
    ) async throws -> T {
        let (storage, cleanup) = try await openFresh()
        do {
            let services = try await Services.start(
                storage: storage, clock: clock, ids: SequentialIDGenerator(), logger: Self.logger, bcryptCost: 4,
                extraObservers: observers, extraJobKinds: jobKinds, jobSchedules: jobSchedules)
            let result = try await body(services)
            try await storage.close()
            try await cleanup()
            return result
        } catch {
            try? await storage.close()
            try? await cleanup()
            throw error
        }
    }

    private func openFresh() async throws -> (any Storage, @Sendable () async throws -> Void) {
        switch dialect {
        case .sqlite where onDisk:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-test-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let path = directory.appendingPathComponent("cairn.sqlite").path
            return (
                try await SQLiteStorage.open(path: path, logger: Self.logger),
                { try? FileManager.default.removeItem(at: directory) }
            )
        case .sqlite:
            return (try await SQLiteStorage.open(path: nil, logger: Self.logger), {})
        case .postgres:
            guard let adminURL else { fatalError("PostgreSQL test database without CAIRN_TEST_POSTGRES_URL") }
            let name = "cairn_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
            let admin = try await PostgresStorage.open(url: adminURL, connectionsPerLoop: 1, logger: Self.logger)
            try await admin.execute("CREATE DATABASE \(name)")
            // Two connections per event loop: tests run side by side, each with a job runner beside its requests,
            // and together they must stay under the test server's connection limit.
            let storage = try await PostgresStorage.open(
                url: Self.url(adminURL, database: String(name)), connectionsPerLoop: 2, logger: Self.logger)
            return (
                storage,
                {
                    try await admin.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
                    try await admin.close()
                }
            )
        }
    }

    static func url(_ url: String, database: String) -> String {
        guard let slash = url.range(of: "/", options: .backwards), !url[slash.upperBound...].contains("@") else {
            return url + "/" + database
        }
        let rest = url[slash.upperBound...]
        let query = rest.firstIndex(of: "?").map { String(rest[$0...]) } ?? ""
        return String(url[..<slash.upperBound]) + database + query
    }
}
