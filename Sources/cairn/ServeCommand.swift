import ArgumentParser
import CairnCore
import CairnHTTP
import CairnServices
import Foundation
import Hummingbird
import Metrics
import Prometheus

/// `cairn serve`: migrate, optionally load the demo, and serve HTTP.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Run the Cairn server.")

    @OptionGroup var databaseOptions: DatabaseOptions
    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port to listen on.") var port = 8080
    @Flag(help: "Load demo data into an empty database and print the admin login.") var demo = false
    @Option(
        help: ArgumentHelp(
            "For tests only: run on a clock that starts at this ISO 8601 instant and moves only through POST /test/clock.",
            visibility: .hidden))
    var testClock: String?
    @OptionGroup(title: "Background jobs") var jobOptions: JobOptions
    @OptionGroup(title: "Client connections") var connectionOptions: ConnectionOptions

    func run() async throws {
        let logger = CommandLogging.logger
        let started = Date()
        let manualClock = try testClock.map { text in
            guard let start = RecordJSON.parse(text) else {
                throw ValidationError("--test-clock: expected an ISO 8601 instant such as 2026-11-23T09:00:00Z")
            }
            logger.warning("running on a TEST CLOCK from \(RecordJSON.format(start)): for tests only, never in production")
            return ManualClock(start)
        }
        let isTest = manualClock != nil
        let services = try await Services.live(
            location: try databaseOptions.location(), logger: logger, clock: manualClock ?? SystemClock(),
            extraJobKinds: isTest ? TestJobs.kinds : [], jobSchedules: isTest ? TestJobs.schedules : [])
        if isTest { try await TestJobs.prepare(services) }
        if demo {
            try await DemoCommand.loadIfEmpty(services: services)
        }
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        let location = try databaseOptions.location().redacted
        let app = ApplicationBuilder.application(
            services: services, host: host, port: port, metrics: registry, testClock: manualClock,
            background: [services.jobRunner(settings: jobOptions.settings, node: jobOptions.node)],
            connections: connectionOptions.limits, trustedProxies: Set(connectionOptions.trustedProxy), logger: logger
        ) { boundPort in
            let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
            print("Cairn is ready at http://\(host):\(boundPort) (database \(location), started in \(seconds) s)")
        }
        try await app.runService()
        try await services.environment.storage.close()
    }
}
