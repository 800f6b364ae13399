import ArgumentParser
import AsyncHTTPClient
import CairnCore
import CairnServices
import Foundation
import NIOCore
import Synchronization

/// `cairn bench login`: how long /healthz takes while 32 clients send wrong passwords as fast as they can — the
/// worst case, each from its own address (a botnet: the server trusts loopback as a proxy and every login names a
/// new client in X-Forwarded-For), so the throttle never cuts them short and every one costs a bcrypt check at cost
/// 12. Compared with /healthz on the idle server.
struct LoginFloodBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "login", abstract: "Benchmark /healthz under a flood of wrong-password logins.")

    @Option(help: "Seconds the flood lasts.") var seconds = 10.0
    @Option(help: "Clients sending wrong passwords at once.") var clients = 32
    @Option(help: "Replace the login-flood section of this Markdown file with the results.") var write: String?

    func run() async throws {
        let logger = CommandLogging.logger
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let services = try await Services.live(location: .sqliteFile(scratch.path("login.sqlite")), logger: logger)
        _ = try await services.users.add(
            UserDraft(email: "rep@example.com", password: "harbor-lamp-71", name: "rep", role: "sales"), by: .system)
        let (seconds, clients) = (self.seconds, self.clients)
        let report = try await BenchServers(services: services, logger: logger, trustedProxies: ["127.0.0.1"]).run {
            port, _ in
            let client = HTTPClient(
                eventLoopGroupProvider: .singleton,
                configuration: .init(
                    connectionPool: .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: 64)))
            defer { _ = client.shutdown() }
            let base = "http://127.0.0.1:\(port)"
            print("/healthz, idle server…")
            let idle = try await Self.healthLatencies(client, base, for: 3)
            var floods: [LoginFloodReport.Flood] = []
            for spread in [false, true] {
                print(
                    "/healthz while \(clients) clients send wrong passwords for \(seconds) s"
                        + (spread ? ", each for a new email…" : "…"))
                floods.append(try await Self.flood(client, base, clients: clients, seconds: seconds, newEmailEach: spread))
            }
            return LoginFloodReport(clients: clients, seconds: seconds, idle: idle, floods: floods)
        }
        print(report.markdown)
        if let write { try MarkdownSection(name: "login-flood").replace(in: write, with: report.markdown) }
        try await services.environment.storage.close()
    }

    /// /healthz's latencies while `clients` send wrong passwords: for one account (its throttle locks it, then
    /// answers 429 at once), or each for a new email (no account locks: every login costs a bcrypt check).
    static func flood(
        _ client: HTTPClient, _ base: String, clients: Int, seconds: Double, newEmailEach: Bool
    ) async throws -> LoginFloodReport.Flood {
        let logins = LoginCounter()
        let refused = LoginCounter()
        let deadline = ContinuousClock.now + .milliseconds(Int64(seconds * 1000))
        let latencies = try await withThrowingTaskGroup(of: [Double].self) { group in
            for index in 0..<clients {
                group.addTask {
                    var attempt = 0
                    while ContinuousClock.now < deadline {
                        attempt += 1
                        let email = newEmailEach ? "guess-\(index)-\(attempt)@example.com" : "rep@example.com"
                        var request = HTTPClientRequest(url: base + "/api/v1/auth/login")
                        request.method = .POST
                        request.headers.add(name: "Content-Type", value: "application/json")
                        request.headers.add(
                            name: "X-Forwarded-For", value: "10.\(index).\(attempt / 250 % 250).\(attempt % 250)")
                        request.body = .bytes(
                            ByteBuffer(string: #"{"email":"\#(email)","password":"wrong-guess-\#(attempt)"}"#))
                        let response = try await client.execute(request, timeout: .seconds(60))
                        _ = try await response.body.collect(upTo: 1 << 16)
                        logins.add()
                        if response.status == .tooManyRequests { refused.add() }
                    }
                    return []
                }
            }
            group.addTask { try await Self.healthLatencies(client, base, for: seconds) }
            var latencies: [Double] = []
            for try await result in group { latencies += result }
            return latencies
        }
        return LoginFloodReport.Flood(
            newEmailEach: newEmailEach, latencies: latencies, logins: logins.value, refused: refused.value)
    }

    /// Milliseconds each GET /healthz took, one every 20 ms for `seconds`.
    static func healthLatencies(_ client: HTTPClient, _ base: String, for seconds: Double) async throws -> [Double] {
        var latencies: [Double] = []
        let deadline = ContinuousClock.now + .milliseconds(Int64(seconds * 1000))
        while ContinuousClock.now < deadline {
            let began = ContinuousClock.now
            let response = try await client.execute(HTTPClientRequest(url: base + "/healthz"), timeout: .seconds(60))
            _ = try await response.body.collect(upTo: 1 << 16)
            let elapsed = ContinuousClock.now - began
            latencies.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
            try await Task.sleep(for: .milliseconds(20))
        }
        return latencies
    }
}

/// A count shared by the flooding tasks.
final class LoginCounter: Sendable {
    private let count = Mutex(0)
    func add() { count.withLock { $0 += 1 } }
    var value: Int { count.withLock { $0 } }
}

/// The figures of one login-flood run, as Markdown.
struct LoginFloodReport {
    /// One flood's figures.
    struct Flood {
        let newEmailEach: Bool
        let latencies: [Double]
        let logins: Int
        let refused: Int
    }

    let clients: Int
    let seconds: Double
    let idle: [Double]
    let floods: [Flood]

    var markdown: String {
        func row(_ name: String, _ values: [Double], _ logins: String) -> String {
            let cells = [0.5, 0.99].map { String(format: "%.1f", percentile(values, $0)) }
            let max = String(format: "%.1f", values.max() ?? 0)
            return "| \(name) | \(logins) | \(values.count) | \(cells[0]) | \(cells[1]) | \(max) |"
        }
        var rows = [row("idle server", idle, "–")]
        for flood in floods {
            let rate = String(format: "%.0f/s", Double(flood.logins) / seconds)
            let name = flood.newEmailEach ? "a new email each (every one a bcrypt check)" : "one account (locks, then 429)"
            rows.append(row("during the flood: \(name)", flood.latencies, "\(rate), \(flood.refused) × 429"))
        }
        return """
            `cairn bench login --seconds \(Int(seconds)) --write BENCHMARKS.md` (release build, SQLite, bcrypt cost 12,
            \(ProcessInfo.processInfo.activeProcessorCount) cores): \(clients) clients send wrong passwords for \(Int(seconds)) s
            each time from a new address (a botnet: the per-address throttle never cuts in), while /healthz is asked
            every 20 ms. Target: /healthz ≤ 50 ms under the flood.

            | /healthz | wrong logins answered | /healthz requests | p50 ms | p99 ms | max ms |
            |---|---:|---:|---:|---:|---:|
            \(rows.joined(separator: "\n"))
            """
    }
}
