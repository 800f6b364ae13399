import ArgumentParser
import AsyncHTTPClient
import CairnCore
import CairnServices
import Foundation

/// `cairn bench pages`: how long each web page takes at demo scale, over HTTP on loopback, one request at a time
/// (latency as a user waits for it), signed in as the demo salesperson or the admin.
struct PagesBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pages", abstract: "Benchmark the web pages at demo scale.")

    @Option(help: "Measured requests per page (after 10 warm-up requests).") var requests = 200
    @Option(help: "Replace the pages section of this Markdown file with the results.") var write: String?

    func run() async throws {
        let logger = CommandLogging.logger
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let services = try await Services.live(location: .sqliteFile(scratch.path("pages.sqlite")), logger: logger, bcryptCost: 4)
        print("loading demo data…")
        let login = try await DemoLoader(environment: services.environment, users: services.users).load { _ in }
        let sales = try await services.auth.login(email: login.salesEmail, password: login.password).token
        let admin = try await services.auth.login(email: login.email, password: login.password).token
        let salesActor = try await services.auth.authenticate(token: sales)
        let account = try await services.accounts.list(ListRequest(limit: 1), by: salesActor).items[0]
        let pages: [(String, String, String)] = [
            ("Today (salesperson)", "/today", sales),
            ("Accounts list (salesperson)", "/accounts", sales),
            ("Accounts search 科技 (salesperson)", "/accounts?q=%E7%A7%91%E6%8A%80", sales),
            ("Account 360° page", "/accounts/\(account.id)", sales),
            ("Leads inbox", "/leads", sales),
            ("Pipeline board (salesperson)", "/pipeline", sales),
            ("Accounts list (admin, all 240)", "/accounts", admin),
            ("Pipeline board (admin, all deals)", "/pipeline", admin),
            ("Team week (admin, everyone)", "/team", admin),
            ("Admin", "/admin", admin),
        ]
        let requests = self.requests
        let report = try await BenchServers(services: services, logger: logger).run { port, _ in
            let client = HTTPClient(eventLoopGroupProvider: .singleton)
            var results: [PagesBenchReport.Row] = []
            do {
                for (name, path, token) in pages {
                    print("page: \(name)")
                    var latencies: [Double] = []
                    var bytes = 0
                    for index in 0..<(requests + 10) {
                        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)")
                        request.headers.add(name: "Cookie", value: "cairn_session=\(token)")
                        let began = DispatchTime.now().uptimeNanoseconds
                        let response = try await client.execute(request, timeout: .seconds(30))
                        let body = try await response.body.collect(upTo: 16 << 20)
                        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - began) / 1_000_000
                        guard response.status == .ok else { throw BenchFailure.page(path, response.status.code) }
                        if index >= 10 { latencies.append(elapsed) }
                        bytes = body.readableBytes
                    }
                    results.append(PagesBenchReport.Row(name: name, latencies: latencies, bytes: bytes))
                }
            } catch {
                try await client.shutdown()
                throw error
            }
            try await client.shutdown()
            return PagesBenchReport(rows: results, peakRSS: ProcessCPU.peakResidentMiB())
        }
        print(report.markdown)
        if let write { try MarkdownSection(name: "pages").replace(in: write, with: report.markdown) }
        try await services.environment.storage.close()
    }
}

/// A benchmark request that did not get the page.
enum BenchFailure: Error, CustomStringConvertible {
    case page(String, UInt)

    var description: String {
        switch self {
        case .page(let path, let status): "GET \(path) answered \(status)"
        }
    }
}
