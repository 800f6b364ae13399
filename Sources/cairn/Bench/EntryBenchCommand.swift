import ArgumentParser
import CairnCore
import CairnMatching
import CairnServices
import CairnStore
import Foundation

/// `cairn bench entry`: the duplicate check a creation runs, at a large number of accounts, in process through
/// the service (key look-up, candidates read, scored, reasons written).
struct EntryBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entry", abstract: "Benchmark the duplicate check at entry at scale.")

    @Option(help: "SQLite file to use (the search benchmark's accounts); kept between runs.")
    var database = "bench-search.sqlite"
    @Option(help: "Accounts to generate when the database has fewer.") var accounts = 1_000_000
    @Option(help: "Checks per kind.") var checks = 2_000
    @Option(help: "Replace the dedup-entry section of this Markdown file with the results.") var write: String?

    func run() async throws {
        let services = try await Services.live(location: .sqliteFile(database), logger: CommandLogging.logger, bcryptCost: 4)
        let admin = try await ScaleData.admin(services)
        let generation = try await ScaleData.fill(services, to: accounts, by: admin)
        print("checking…")
        var results: [(String, [Double], Int)] = []
        // Accounts drawn from the database itself: it may also hold the demo's and those the API benchmark created.
        let stored = try await services.environment.storage.read { session in
            let store = RecordStore<AccountFields>()
            return try await store.find(ids: try await store.sampleIds(checks, in: session), visibility: .everything, in: session)
        }
        for (kind, entered) in Self.samples(stored.map(\.fields), total: generation.total) {
            var latencies: [Double] = []
            var blocked = 0
            for fields in entered {
                let began = DispatchTime.now().uptimeNanoseconds
                let findings = try await services.accounts.duplicates(of: fields, by: admin)
                latencies.append(Double(DispatchTime.now().uptimeNanoseconds - began) / 1_000_000)
                blocked += findings.blocks ? 1 : 0
            }
            results.append((kind, latencies, blocked))
        }
        let report = EntryBenchReport(
            accounts: generation.total, results: results, peakRSS: ProcessCPU.peakResidentMiB())
        print(report.markdown)
        if let write { try report.write(into: write) }
        try await services.environment.storage.close()
    }

    /// What people enter: an existing account again, the same company written another way with its mobile, and
    /// companies that are not there yet.
    static func samples(_ existing: [AccountFields], total: Int) -> [(String, [AccountFields])] {
        let count = existing.count
        let rewritten = existing.map { account -> AccountFields in
            var fields = account
            let province = fields.province.flatMap(Province.named)
            fields.name = "\(CompanyName(account.name)?.core ?? account.name)（\(province?.shortZh ?? "")）"
            fields.creditCode = nil
            return fields
        }
        let fresh = (0..<count).map { ScaleData.account(total + 10_000_000 + $0) }
        return [
            ("the same account again (credit code, mobile, name)", existing),
            ("the same company written another way, same mobile", rewritten),
            ("a company not in the CRM", fresh),
        ]
    }
}

/// The entry check benchmark's figures as a Markdown section of BENCHMARKS.md.
struct EntryBenchReport {
    let accounts: Int
    let results: [(String, [Double], Int)]
    let peakRSS: Double

    var markdown: String {
        let rows = results.map { kind, latencies, blocked in
            String(
                format: "| %@ | %d | %.2f | %.2f | %.2f | %d%% |", kind, latencies.count, percentile(latencies, 0.5),
                percentile(latencies, 0.99), latencies.max() ?? 0,
                latencies.isEmpty ? 0 : blocked * 100 / latencies.count)
        }
        let all = results.flatMap(\.1)
        return """
            Run \(RecordJSONDate.now()): \(accounts) accounts in SQLite (WAL), in process through \
            `services.accounts.duplicates(of:by:)`. All checks: p50 \(String(format: "%.2f", percentile(all, 0.5))) ms, \
            p99 \(String(format: "%.2f", percentile(all, 0.99))) ms. Peak RSS \(String(format: "%.0f", peakRSS)) MiB. \
            Target: p50 ≤ 1 ms, p99 ≤ 5 ms.

            | entered | checks | p50 ms | p99 ms | max ms | blocked |
            | --- | --- | --- | --- | --- | --- |
            \(rows.joined(separator: "\n"))
            """
    }

    func write(into path: String) throws {
        try MarkdownSection(name: "dedup-entry").replace(in: path, with: markdown)
    }
}
