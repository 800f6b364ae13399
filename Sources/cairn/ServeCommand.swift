import ArgumentParser
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

    func run() async throws {
        let logger = CommandLogging.logger
        let started = Date()
        let services = try await databaseOptions.services(logger: logger)
        if demo {
            try await DemoCommand.loadIfEmpty(services: services)
        }
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        let location = try databaseOptions.location().redacted
        let app = ApplicationBuilder.application(
            services: services, host: host, port: port, metrics: registry, logger: logger
        ) { boundPort in
            let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
            print("Cairn is ready at http://\(host):\(boundPort) (database \(location), started in \(seconds) s)")
        }
        try await app.runService()
        try await services.environment.storage.close()
    }
}
