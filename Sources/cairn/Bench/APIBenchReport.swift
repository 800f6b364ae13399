import Foundation

/// The API benchmark's figures as a Markdown section of BENCHMARKS.md.
struct APIBenchReport {
    let seconds: Double
    let connections: Int
    let seedAccounts: Int
    let anchor: LoadGenerator.Result
    let create: LoadGenerator.Result
    let read: LoadGenerator.Result
    let peakRSS: Double

    static let startMarker = "<!-- bench:api:start -->"
    static let endMarker = "<!-- bench:api:end -->"

    var markdown: String {
        func row(_ name: String, _ result: LoadGenerator.Result, target: String) -> String {
            let ratio = anchor.perSecond > 0 ? String(format: "%.0f%%", result.perSecond / anchor.perSecond * 100) : "–"
            return String(
                format: "| %@ | %.0f | %.2f | %.2f | %.3f | %d | %@ | %@ |", name, result.perSecond, result.percentile(0.5),
                result.percentile(0.99), result.cpuMsPerRequest, result.failures, ratio, target)
        }
        return """
            Run \(RecordJSONDate.now()): \(connections) connections, \(Int(seconds)) s per phase, \(seedAccounts) accounts \
            seeded, SQLite (WAL), load generator in the same process on loopback. Peak RSS \(String(format: "%.0f", peakRSS)) MiB.

            | phase | req/s | p50 ms | p99 ms | process CPU ms/req | failures | of anchor | target |
            | --- | --- | --- | --- | --- | --- | --- | --- |
            \(row("bare Hummingbird JSON (anchor)", anchor, target: "–"))
            \(row("create account", create, target: "≥ 1,500/s; ≤ 1 ms server CPU"))
            \(row("read account by id", read, target: "≥ 10,000/s, p99 ≤ 25 ms, ≥ 50% of anchor"))
            """
    }

    /// Replaces the section between the markers in a Markdown file (appends it when the markers are missing).
    func write(into path: String) throws {
        let existing = (try? String(contentsOfFile: path, encoding: .utf8)) ?? "# Benchmarks\n"
        let section = "\(Self.startMarker)\n\(markdown)\n\(Self.endMarker)"
        let updated: String
        if let start = existing.range(of: Self.startMarker), let end = existing.range(of: Self.endMarker) {
            updated = existing.replacingCharacters(in: start.lowerBound..<end.upperBound, with: section)
        } else {
            updated = existing + "\n" + section + "\n"
        }
        try updated.write(toFile: path, atomically: true, encoding: .utf8)
    }
}

/// Today's date for report headings.
enum RecordJSONDate {
    static func now() -> String { String(Date().formatted(.iso8601.year().month().day())) }
}
