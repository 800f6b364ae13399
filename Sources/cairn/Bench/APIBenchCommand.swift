import ArgumentParser
import CairnCore
import CairnHTTP
import CairnServices
import CairnStore
import Foundation

/// `cairn bench api`: account create and read-by-id over HTTP on loopback against SQLite, with wrk as the load
/// generator and a bare Hummingbird JSON endpoint measured in the same run as the anchor.
struct APIBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "api", abstract: "Benchmark the JSON API on SQLite (needs wrk).")

    @Option(help: "Seconds per run.") var seconds = 10
    @Option(help: "Runs per phase; the report gives the median and the range.") var runs = 3
    @Option(help: "Concurrent connections.") var connections = 64
    @Option(help: "Accounts (with a contact for every other one) seeded before the read phase.") var seedAccounts = 10_000
    @Option(help: "SQLite file to keep between runs (a million accounts take minutes to seed); a scratch file if not given.")
    var database: String?
    @Option(help: "Replace the API section of this Markdown file with the results.") var write: String?
    @Option(help: "The name of the section to replace (`api`, `api-1m`).") var section = "api"

    func run() async throws {
        let logger = CommandLogging.logger
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let file = database ?? scratch.path("bench.sqlite")
        let services = try await Services.live(location: .sqliteFile(file), logger: logger, bcryptCost: 4)
        let admin = try await ScaleData.admin(services)
        print("seeding \(seedAccounts) accounts…")
        let seeded = try await ScaleData.fill(services, to: seedAccounts, by: admin)
        let token = try await services.auth.login(email: "bench@example.com", password: "load-test-2026").token
        // Reads pick among up to 100,000 of the accounts, chosen at random over the whole table.
        let ids = try await services.environment.storage.read {
            try await RecordStore<AccountFields>().sampleIds(100_000, in: $0)
        }
        let idFile = scratch.path("ids.txt")
        try ids.joined(separator: "\n").write(toFile: idFile, atomically: true, encoding: .utf8)
        let createScript = scratch.path("create.lua")
        try WrkScripts.createAccounts(token: token).write(toFile: createScript, atomically: true, encoding: .utf8)
        let readScript = scratch.path("read.lua")
        try WrkScripts.readAccounts(token: token, idFile: idFile).write(toFile: readScript, atomically: true, encoding: .utf8)

        let wrk = Wrk(connections: connections, threads: 2, seconds: seconds)
        let runs = self.runs
        let report = try await BenchServers(services: services, logger: logger).run { cairnPort, anchorPort in
            var phases: [APIBenchReport.Phase] = []
            for (name, url, script) in [
                ("bare Hummingbird JSON (anchor)", "http://127.0.0.1:\(anchorPort)/anchor", nil as String?),
                ("read account by id", "http://127.0.0.1:\(cairnPort)/", readScript),
                ("create account", "http://127.0.0.1:\(cairnPort)/", createScript),
            ] {
                var results: [Wrk.Result] = []
                for run in 1...runs {
                    print("phase: \(name), run \(run) of \(runs)")
                    results.append(try await wrk.run(url: url, script: script))
                }
                phases.append(APIBenchReport.Phase(name: name, results: results))
            }
            return APIBenchReport(
                seconds: seconds, connections: connections, seedAccounts: seeded.total, seedSeconds: seeded.seconds,
                phases: phases,
                peakRSS: ProcessCPU.peakResidentMiB())
        }
        print(report.markdown)
        if let write { try MarkdownSection(name: section).replace(in: write, with: report.markdown) }
        try await services.environment.storage.close()
    }
}
