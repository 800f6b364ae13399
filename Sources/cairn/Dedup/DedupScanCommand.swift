import ArgumentParser
import CairnCore
import CairnMatching
import CairnServices
import CairnStore
import Foundation

/// `cairn dedup scan`: scans the database's accounts (results reviewed on the admin page), or with
/// `--csv FILE --rules RULES.json --pairs OUT.csv` finds the duplicates in a CSV file (a legacy export, before it is
/// imported) and writes every duplicate pair with its score and reasons.
struct DedupScanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Scan the database's accounts for duplicates, or a CSV file (UTF-8, with a header row) with --csv.")

    @OptionGroup var databaseOptions: DatabaseOptions
    @Option(help: "The CSV file to clean (instead of the database).") var csv: String?
    @Option(help: "Matching rules (JSON) for --csv: fields, comparisons, blocking, threshold.") var rules: String?
    @Option(help: "Where --csv writes the duplicate pairs (id_a,id_b,score,reasons).") var pairs: String?
    @Option(help: "Also write the clusters (cluster,id), one row per record in a cluster.") var clusters: String?

    func validate() throws {
        if csv != nil && (rules == nil || pairs == nil) { throw ValidationError("--csv needs --rules and --pairs") }
        if csv == nil && (rules != nil || pairs != nil || clusters != nil) {
            throw ValidationError("--rules, --pairs and --clusters go with --csv; the database is scanned by its own rules")
        }
    }

    func run() async throws {
        if let csv, let rules, let pairs {
            try scanCSV(csv, rules: rules, pairs: pairs)
        } else {
            try await scanDatabase()
        }
    }

    /// Starts a scan job and runs it here, printing progress on stderr (a server sharing the database may take it
    /// first: then this follows its progress until it ends).
    func scanDatabase() async throws {
        try await databaseOptions.withServices(logger: CommandLogging.logger) { services in
            let scan = try await services.duplicateScans.start(by: .system)
            guard let jobId = scan.jobId else { throw ValidationError("scan \(scan.id) has no job") }
            let reporter = ScanReporter()
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { _ = try await services.jobRunner().runNow(jobId) }
                group.addTask {
                    while true {
                        try await Task.sleep(for: .milliseconds(500))
                        if let current = try await services.duplicateScans.scan(scan.id, by: .system) {
                            reporter.report(current)
                        }
                    }
                }
                try await group.next()
                group.cancelAll()
            }
            var result = try await services.duplicateScans.scan(scan.id, by: .system) ?? scan
            while result.status == .running {
                // Another node runs it: follow it to its end.
                try await Task.sleep(for: .milliseconds(500))
                result = try await services.duplicateScans.scan(scan.id, by: .system) ?? result
                reporter.report(result)
            }
            guard result.status == .done else { throw ValidationError("the scan failed: \(result.failure ?? "unknown")") }
            print(
                "\(result.records) accounts, \(result.comparedPairs) pairs compared, \(result.clusters) clusters of duplicates "
                    + "(scan \(result.id); review them on /admin/duplicates)")
        }
    }

    func scanCSV(_ csv: String, rules rulesPath: String, pairs: String) throws {
        let began = Date()
        let rules = try MatchRules.decode(Data(contentsOf: URL(fileURLWithPath: rulesPath)))
        let text = try String(contentsOfFile: csv, encoding: .utf8)
        let (header, rows) = CSVReader.rows(text)
        for column in [rules.idColumn] + rules.fields.map(\.column) where !header.contains(column) {
            throw MatchRulesError.missingColumn(column)
        }
        let records = MatchRecord.prepare(rows, rules: rules)
        let result = DuplicateScan(rules: rules).run(records) { progress in
            Self.report(progress)
        }
        var scored: [UnorderedPair: PairScore] = [:]
        for match in result.matches { scored[UnorderedPair(match.left, match.right)] = match.score }
        var lines = ["id_a,id_b,score,reasons"]
        for cluster in result.clusters {
            for i in cluster.indices {
                for j in cluster.index(after: i)..<cluster.endIndex {
                    let score = scored[UnorderedPair(cluster[i], cluster[j])]
                    lines.append(
                        [
                            records[cluster[i]].id, records[cluster[j]].id,
                            score.map { String(format: "%.2f", $0.score) } ?? "", score?.reasons ?? "same cluster",
                        ].map(CSVReader.quoted).joined(separator: ","))
                }
            }
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: pairs, atomically: true, encoding: .utf8)
        if let clusters {
            var clusterLines = ["cluster,id"]
            for (number, cluster) in result.clusters.enumerated() {
                clusterLines += cluster.map { "\(number + 1),\(CSVReader.quoted(records[$0].id))" }
            }
            try (clusterLines.joined(separator: "\n") + "\n").write(toFile: clusters, atomically: true, encoding: .utf8)
        }
        let seconds = Date().timeIntervalSince(began)
        Self.stderr(
            "\(records.count) records, \(result.comparedPairs) pairs compared, \(result.clusters.count) clusters, "
                + "\(lines.count - 1) duplicate pairs written to \(pairs) in \(String(format: "%.1f", seconds)) s")
    }

    static func report(_ progress: DuplicateScan.Progress) {
        switch progress {
        case .prepared(let records): stderr("prepared \(records) records")
        case .blocked(let pairs): stderr("blocking: \(pairs) candidate pairs")
        case .scored(let done, let total): stderr("scored \(done * 100 / max(total, 1))% (\(done) of \(total))")
        case .clustered(let clusters): stderr("clustered: \(clusters) groups of duplicates")
        }
    }

    static func stderr(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// Prints a database scan's progress when its step or its tenth changes.
final class ScanReporter: @unchecked Sendable {
    private let lock = NSLock()
    private var last = ""

    func report(_ scan: DuplicateScanEntry) {
        let tenth = scan.total > 0 ? scan.done * 10 / scan.total : 0
        let key = "\(scan.phase) \(tenth)"
        lock.lock()
        defer { lock.unlock() }
        guard key != last else { return }
        last = key
        DedupScanCommand.stderr(
            scan.total > 0 ? "\(scan.phase): \(tenth * 10)% (\(scan.done) of \(scan.total))" : scan.phase)
    }
}
