import Foundation

/// The search benchmark's figures as a Markdown section of BENCHMARKS.md.
struct SearchBenchReport {
    let accounts: Int
    let generatedNow: Int
    let generationSeconds: Double
    let results: [(String, [Double], Int)]
    let peakRSS: Double

    var markdown: String {
        let rows = results.map { kind, latencies, hits in
            String(
                format: "| %@ | %d | %.2f | %.2f | %.2f | %d%% |", kind, latencies.count, percentile(latencies, 0.5),
                percentile(latencies, 0.99), latencies.max() ?? 0, latencies.isEmpty ? 0 : hits * 100 / latencies.count)
        }
        let generation =
            generatedNow > 0
            ? String(
                format: "Generated %d accounts in %.0f s (%.0f/s, each with its audit entry and search tokens). ", generatedNow,
                generationSeconds, Double(generatedNow) / max(generationSeconds, 0.001))
            : ""
        return """
            Run \(RecordJSONDate.now()): \(accounts) accounts in SQLite (WAL), first page of 20, admin scope, in process \
            through `services.accounts.list`. \(generation)Peak RSS \(String(format: "%.0f", peakRSS)) MiB. Target: p50 ≤ 5 ms, p99 ≤ 30 ms.

            | query | runs | p50 ms | p99 ms | max ms | found |
            | --- | --- | --- | --- | --- | --- |
            \(rows.joined(separator: "\n"))
            """
    }

    func write(into path: String) throws {
        try MarkdownSection(name: "search").replace(in: path, with: markdown)
    }
}
