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
        let admin = try await ScaleData.admin(services)
        let generation = try await ScaleData.fill(services, to: accounts, by: admin)
        print("searching…")
        var random = SeededGenerator(seed: 7)
        let samples = try await Self.samples(services, count: queries, using: &random)
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

    /// Queries that real users type: a trade name, a full mobile, a mobile's last eight digits, a full credit code.
    static func samples(
        _ services: Services, count: Int, using random: inout SeededGenerator
    ) async throws -> [(String, [String])] {
        let total = try await ScaleData.count(services)
        let indexes = (0..<count).map { _ in random.index(below: total) }
        let picks = indexes.map(ScaleData.account)
        return [
            ("trade name (4 Han characters)", indexes.map(ScaleData.tradeName)),
            ("full mobile", picks.map { String($0.phone!.dropFirst(3)) }),
            ("last 8 digits of a mobile", picks.map { String($0.phone!.suffix(8)) }),
            ("credit code", picks.map { $0.creditCode! }),
            ("common word 科技 (worst case)", Array(repeating: "科技", count: max(1, count / 10))),
        ]
    }
}
