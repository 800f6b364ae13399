import ArgumentParser

/// `cairn bench …`: release-mode benchmarks whose figures go into BENCHMARKS.md.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Run benchmarks (build with -c release).",
        subcommands: [
            APIBenchCommand.self, SearchBenchCommand.self, PagesBenchCommand.self, DedupBenchCommand.self,
            EntryBenchCommand.self, LoginFloodBenchCommand.self,
        ])
}
