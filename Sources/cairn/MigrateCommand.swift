import ArgumentParser
import CairnServices
import CairnStore
import Foundation

/// `cairn migrate`: apply pending schema migrations.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "migrate", abstract: "Apply pending database migrations.")

    @OptionGroup var databaseOptions: DatabaseOptions

    func run() async throws {
        let logger = CommandLogging.logger
        let storage = try await databaseOptions.location().open(logger: logger)
        let applied = try await Migrator(storage: storage).migrate(now: Date()) { migration in
            print("applying \(migration.number): \(migration.name)")
        }
        print(applied.isEmpty ? "database is up to date" : "applied \(applied.count) migration(s)")
        try await storage.close()
    }
}
