import ArgumentParser
import CairnCore
import CairnServices
import CairnStore
import Foundation

/// `cairn bench search`: account search latency at a large number of accounts, in process, through the service
/// (scope filter, search index, ordering and paging as the API runs them).
struct SearchBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Benchmark account search at scale.")

    @Option(help: "SQLite file to use; kept between runs so the accounts are generated once.")
    var database = "bench-search.sqlite"
    @Option(help: "Accounts to generate when the database has fewer.") var accounts = 1_000_000
    @Option(help: "Queries per kind.") var queries = 500
    @Option(help: "Replace the search section of this Markdown file with the results.") var write: String?

    func run() async throws {
        let logger = CommandLogging.logger
        let services = try await Services.live(location: .sqliteFile(database), logger: logger, bcryptCost: 4)
        let admin = try await SearchBenchData.admin(services)
        let generation = try await SearchBenchData.fill(services, to: accounts, by: admin)
        print("searching…")
        var random = SeededGenerator(seed: 7)
        let samples = try await SearchBenchData.samples(services, count: queries, using: &random)
        var results: [(String, [Double], Int)] = []
        for (kind, texts) in samples {
            var latencies: [Double] = []
            var hits = 0
            for text in texts {
                let began = DispatchTime.now().uptimeNanoseconds
                let page = try await services.accounts.list(ListRequest(search: text, limit: 20), by: admin)
                latencies.append(Double(DispatchTime.now().uptimeNanoseconds - began) / 1_000_000)
                hits += page.items.isEmpty ? 0 : 1
            }
            results.append((kind, latencies, hits))
        }
        let report = SearchBenchReport(
            accounts: generation.total, generatedNow: generation.added, generationSeconds: generation.seconds, results: results,
            peakRSS: ProcessCPU.peakResidentMiB())
        print(report.markdown)
        if let write { try report.write(into: write) }
        try await services.environment.storage.close()
    }
}
