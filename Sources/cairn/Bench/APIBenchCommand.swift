import ArgumentParser
import AsyncHTTPClient
import CairnCore
import CairnHTTP
import CairnServices
import CairnStore
import Foundation
import Hummingbird
import NIOCore
import NIOHTTP1

/// `cairn bench api`: account create and read-by-id over HTTP on loopback against SQLite, next to a bare
/// Hummingbird JSON endpoint measured in the same run (the anchor).
struct APIBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "api", abstract: "Benchmark the JSON API on SQLite.")

    @Option(help: "Seconds per phase.") var seconds: Double = 10
    @Option(help: "Concurrent connections.") var connections = 64
    @Option(help: "Accounts created before the read phase.") var seedAccounts = 10_000
    @Option(help: "Replace the API section of this Markdown file with the results.") var write: String?

    func run() async throws {
        let logger = CommandLogging.logger
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let services = try await Services.live(
            location: .sqliteFile(directory.appendingPathComponent("bench.sqlite").path), logger: logger, bcryptCost: 4)
        _ = try await services.users.add(
            UserDraft(email: "bench@example.com", password: "bench-password", name: "Bench", role: "admin"), by: .system)
        let token = try await services.auth.login(email: "bench@example.com", password: "bench-password").token
        let admin = try await services.auth.authenticate(token: token)
        print("seeding \(seedAccounts) accounts…")
        var ids: [String] = []
        for index in 0..<seedAccounts {
            ids.append(try await services.accounts.create(Self.account(index, prefix: "种子"), by: admin).id)
        }

        let idList = ids
        let servers = BenchServers(services: services, logger: logger)
        try await servers.run { cairnPort, anchorPort in
            var configuration = HTTPClient.Configuration()
            configuration.connectionPool = .init(
                idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: connections)
            let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
            defer { _ = client.shutdown() }
            let load = LoadGenerator(client: client, connections: connections, duration: seconds)
            let bearer = "Bearer \(token)"

            print("phase: bare Hummingbird JSON endpoint (anchor)")
            let anchor = await load.run({ _, _ in HTTPClientRequest(url: "http://127.0.0.1:\(anchorPort)/anchor") }, expect: .ok)
            print("phase: create account")
            let create = await load.run(
                { worker, sequence in
                    var request = HTTPClientRequest(url: "http://127.0.0.1:\(cairnPort)/api/v1/accounts")
                    request.method = .POST
                    request.headers.add(name: "Authorization", value: bearer)
                    request.headers.add(name: "Content-Type", value: "application/json")
                    let fields = Self.account(1_000_000 + worker * 1_000_000 + sequence, prefix: "压测")
                    request.body = .bytes(ByteBuffer(bytes: (try? RecordJSON.encoder().encode(fields)) ?? Data()))
                    return request
                }, expect: .created)
            print("phase: read account by id")
            let read = await load.run(
                { worker, sequence in
                    var request = HTTPClientRequest(
                        url:
                            "http://127.0.0.1:\(cairnPort)/api/v1/accounts/\(idList[(worker * 7919 + sequence * 104_729) % idList.count])"
                    )
                    request.headers.add(name: "Authorization", value: bearer)
                    return request
                }, expect: .ok)
            let report = APIBenchReport(
                seconds: seconds, connections: connections, seedAccounts: seedAccounts, anchor: anchor, create: create,
                read: read, peakRSS: ProcessCPU.peakResidentMiB())
            print(report.markdown)
            if let write { try report.write(into: write) }
        }
        try await services.environment.storage.close()
    }

    /// A valid account with a unique name and credit code.
    static func account(_ index: Int, prefix: String) -> AccountFields {
        let digits = String(format: "%09d", index % 1_000_000_000)
        let body = "91310000" + digits
        let code = CreditCode.checkCharacter(forFirst17: body).map { body + String($0) }
        return AccountFields(
            name: "\(prefix)客户\(index)科技有限公司", creditCode: code, phone: "+8613\(String(format: "%09d", index % 1_000_000_000))",
            industry: "I", province: "上海市", city: "上海市", source: "website", tier: "B")
    }
}
