import Foundation

/// The API benchmark's figures as a Markdown section of BENCHMARKS.md.
struct APIBenchReport: Sendable {
    /// One phase's runs.
    struct Phase: Sendable {
        let name: String
        let results: [Wrk.Result]

        /// The run with the median throughput.
        var median: Wrk.Result { results.sorted { $0.requestsPerSecond < $1.requestsPerSecond }[results.count / 2] }
        var range: ClosedRange<Double> {
            let rates = results.map(\.requestsPerSecond)
            return (rates.min() ?? 0)...(rates.max() ?? 0)
        }
    }

    let seconds: Int
    let connections: Int
    let seedAccounts: Int
    /// Seconds spent seeding in this run (0 when the kept database already held the accounts).
    let seedSeconds: Double
    let phases: [Phase]
    let peakRSS: Double

    private static let targets = [
        "read account by id": "≥ 10,000/s, p99 ≤ 25 ms, ≥ 50% of anchor",
        "create account": "≥ 1,500/s; ≤ 1 ms server CPU",
    ]

    private var seeding: String {
        seedSeconds > 0 ? String(format: " in %.0f s (%.0f accounts/s)", seedSeconds, Double(seedAccounts) / seedSeconds) : ""
    }

    var markdown: String {
        let anchor = phases.first?.median.requestsPerSecond ?? 0
        let rows = phases.map { phase in
            let median = phase.median
            let share = anchor > 0 ? String(format: "%.0f%%", median.requestsPerSecond / anchor * 100) : "–"
            return String(
                format: "| %@ | %.0f (%.0f–%.0f) | %.2f | %.2f | %.3f | %d | %@ | %@ |", phase.name, median.requestsPerSecond,
                phase.range.lowerBound, phase.range.upperBound, median.p50Milliseconds, median.p99Milliseconds,
                median.serverCPUMillisecondsPerRequest, phase.results.map(\.failures).reduce(0, +), share,
                Self.targets[phase.name] ?? "–")
        }
        return """
            Run \(RecordJSONDate.now()) with `wrk -t2 -c\(connections) -d\(seconds)s`, median of \(phases.first?.results.count ?? 0) runs \
            (range in brackets); \(seedAccounts) accounts (a contact for every other one) seeded\(seeding); SQLite in WAL mode; server and wrk share the 2 cores. \
            Server peak RSS \(String(format: "%.0f", peakRSS)) MiB.

            | phase | req/s | p50 ms | p99 ms | server CPU ms/req | failed | of anchor | target |
            | --- | --- | --- | --- | --- | --- | --- | --- |
            \(rows.joined(separator: "\n"))
            """
    }
}

/// Today's date for report headings.
enum RecordJSONDate {
    static func now() -> String { String(Date().formatted(.iso8601.year().month().day())) }
}
