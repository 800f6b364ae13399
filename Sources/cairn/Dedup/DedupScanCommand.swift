import ArgumentParser
import CairnCore
import CairnMatching
import Foundation

/// `cairn dedup scan --csv FILE --rules RULES.json --pairs OUT.csv`: finds the duplicates in a CSV file (a legacy
/// export, before it is imported) and writes every duplicate pair with its score and reasons.
struct DedupScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan", abstract: "Find duplicates in a CSV file (UTF-8, with a header row).")

    @Option(help: "The CSV file to clean.") var csv: String
    @Option(help: "Matching rules (JSON): fields, comparisons, blocking, threshold.") var rules: String
    @Option(help: "Where to write the duplicate pairs (id_a,id_b,score,reasons).") var pairs: String
    @Option(help: "Also write the clusters (cluster,id), one row per record in a cluster.") var clusters: String?

    func run() throws {
        let began = Date()
        let rules = try MatchRules.decode(Data(contentsOf: URL(fileURLWithPath: self.rules)))
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
