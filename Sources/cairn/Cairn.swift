import ArgumentParser

/// The `cairn` command: server, schema, users, demo data, benchmarks.
@main
struct Cairn: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cairn",
        abstract: "Cairn, the CRM that salespeople keep using.",
        subcommands: [ServeCommand.self, MigrateCommand.self, UserCommand.self, DemoCommand.self, BenchCommand.self]
    )
}
