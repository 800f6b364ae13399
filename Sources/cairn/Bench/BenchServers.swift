import CairnHTTP
import CairnServices
import Foundation
import Hummingbird
import Logging

/// Runs Cairn and the bare anchor endpoint on free loopback ports for the duration of a benchmark.
struct BenchServers {
    let services: Services
    let logger: Logger
    /// Load balancers Cairn trusts for `X-Forwarded-For` (a benchmark standing in for many clients).
    var trustedProxies: Set<String> = []

    func run<T: Sendable>(_ body: @escaping @Sendable (Int, Int) async throws -> T) async throws -> T {
        var quiet = logger
        quiet.logLevel = .warning
        let ports = PortBox()
        let cairn = ApplicationBuilder.application(
            services: services, host: "127.0.0.1", port: 0, metrics: nil,
            connections: ConnectionLimits(maxConnections: ConnectionLimits.connectionCapFromFileLimit()),
            trustedProxies: trustedProxies, logger: quiet
        ) {
            ports.set(cairn: $0)
        }
        let anchorRouter = Router()
        anchorRouter.get("anchor") { _, _ in ["id": "00000000-0000-7000-8000-000000000001", "name": "anchor"] }
        let anchor = Application(
            router: anchorRouter, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { ports.set(anchor: $0.localAddress?.port ?? 0) }, logger: quiet)
        return try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask {
                try await cairn.run()
                return nil
            }
            group.addTask {
                try await anchor.run()
                return nil
            }
            group.addTask {
                let (cairnPort, anchorPort) = try await ports.wait()
                return try await body(cairnPort, anchorPort)
            }
            defer { group.cancelAll() }
            while let result = try await group.next() {
                if let result { return result }
            }
            throw CancellationError()
        }
    }
}

/// The ports the two servers bound, once both are up.
final class PortBox: @unchecked Sendable {
    private let lock = NSLock()
    private var cairn: Int?
    private var anchor: Int?

    func set(cairn port: Int) { lock.withLock { cairn = port } }
    func set(anchor port: Int) { lock.withLock { anchor = port } }

    func wait() async throws -> (Int, Int) {
        for _ in 0..<500 {
            if let ports = lock.withLock({ cairn.flatMap { c in anchor.map { (c, $0) } } }) { return ports }
            try await Task.sleep(for: .milliseconds(10))
        }
        throw CancellationError()
    }
}
