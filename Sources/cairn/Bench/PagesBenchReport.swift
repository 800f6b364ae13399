import Foundation

/// The page benchmark's figures as a Markdown section of BENCHMARKS.md.
struct PagesBenchReport {
    struct Row {
        let name: String
        let latencies: [Double]
        let bytes: Int
    }

    let rows: [Row]
    let peakRSS: Double

    var markdown: String {
        let lines = rows.map { row in
            String(
                format: "| %@ | %d | %.1f | %.1f | %.1f | %.0f |", row.name, row.latencies.count,
                percentile(row.latencies, 0.5), percentile(row.latencies, 0.99), row.latencies.max() ?? 0,
                Double(row.bytes) / 1024)
        }
        return """
            Run \(RecordJSONDate.now()): `cairn bench pages` (release build) on the demo data (16 users, 240 accounts, \
            1,050 leads, 320 opportunities, 5,200 activities) in SQLite (WAL); one request at a time over loopback HTTP \
            with the session cookie, so each figure is what a user waits for the HTML. Peak RSS \
            \(String(format: "%.0f", peakRSS)) MiB. Target: any page ≤ 150 ms at demo scale.

            | page | requests | p50 ms | p99 ms | max ms | KiB |
            | --- | --- | --- | --- | --- | --- |
            \(lines.joined(separator: "\n"))
            """
    }
}
