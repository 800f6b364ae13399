import ArgumentParser
import CairnHTTP

/// How `cairn serve` treats client connections (tests shrink the timeouts instead of waiting).
struct ConnectionOptions: ParsableArguments {
    @Option(help: "Seconds a connection may sit with no request in flight (or spend sending its headers).")
    var idleTimeout: Double = 30
    @Option(help: "Seconds a request's head and body may take to arrive in full.")
    var requestTimeout: Double = 30
    @Option(help: "Connections open at most (default: the file-handle limit, raised to its maximum, less 256).")
    var maxConnections: Int?
    @Option(
        help:
            "IP address of a load balancer in front of Cairn (repeatable): from it, X-Forwarded-For names the client whose sign-in failures are counted."
    )
    var trustedProxy: [String] = []

    func validate() throws {
        for (name, value) in [("--idle-timeout", idleTimeout), ("--request-timeout", requestTimeout)]
        where !(value > 0 && value.isFinite) {
            throw ValidationError("\(name): expected a number of seconds above 0")
        }
        if let maxConnections, maxConnections < 1 { throw ValidationError("--max-connections: expected 1 or more") }
    }

    /// The limits, with the cap the file-handle limit allows unless one is given (never above it).
    var limits: ConnectionLimits {
        let allowed = ConnectionLimits.connectionCapFromFileLimit()
        return ConnectionLimits(
            idleTimeout: .milliseconds(Int64(idleTimeout * 1000)),
            requestReadTimeout: .milliseconds(Int64(requestTimeout * 1000)),
            maxConnections: min(maxConnections ?? allowed, allowed))
    }
}
