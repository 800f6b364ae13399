import ArgumentParser
import CairnServices
import Foundation

/// `cairn demo`: load the seeded zh-CN demo data into an empty database.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Load realistic zh-CN demo data into an empty database.")

    @OptionGroup var databaseOptions: DatabaseOptions
    @Option(
        help: "Then add generated accounts until there are this many (to try scans, search and lists at size).")
    var accounts: Int?

    func validate() throws {
        if let accounts, !(1...5_000_000).contains(accounts) {
            throw ValidationError("--accounts: expected 1 to 5000000")
        }
    }

    func run() async throws {
        try await databaseOptions.withServices(logger: CommandLogging.logger) { services in
            try await Self.loadIfEmpty(services: services)
            if let accounts {
                print("Adding generated accounts up to \(accounts)…")
                let admin = try await ScaleData.admin(services)
                let filled = try await ScaleData.fill(services, to: accounts, by: admin)
                print("\(filled.total) accounts (\(filled.added) added in \(String(format: "%.1f", filled.seconds)) s)")
            }
        }
    }

    /// Loads the demo when the database has no users and prints the logins; says so otherwise.
    static func loadIfEmpty(services: Services) async throws {
        guard try await DemoLoader.isNeeded(storage: services.environment.storage) else {
            print("The database already has users; demo data not loaded.")
            return
        }
        print("Loading demo data…")
        let login = try await DemoLoader(environment: services.environment, users: services.users).load { step in
            print("  \(step)")
        }
        print(
            """
            Demo data loaded.
              Admin login:       \(login.email) / \(login.password)
              Salesperson login: \(login.salesEmail) / \(login.password)
            """)
    }
}
