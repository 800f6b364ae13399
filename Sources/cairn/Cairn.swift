import ArgumentParser
@preconcurrency import Foundation

#if canImport(Glibc)
    @preconcurrency import Glibc
#endif

/// The `cairn` command: server, schema, users, demo data, benchmarks.
@main
struct Cairn: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cairn",
        abstract: "Cairn, the CRM that salespeople keep using.",
        subcommands: [
            ServeCommand.self, MigrateCommand.self, UserCommand.self, DemoCommand.self, DedupCommand.self, JobsCommand.self,
            BenchCommand.self,
        ]
    )

    /// Line-buffers standard output so progress and the "ready" line appear at once, even through a pipe.
    static func main() async {
        setvbuf(stdout, nil, _IOLBF, 0)
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
