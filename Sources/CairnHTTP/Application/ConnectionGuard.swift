import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import NIOHTTPTypes
import Synchronization

/// How long connections may idle or take to send a request, and how many may be open.
public struct ConnectionLimits: Sendable {
    /// A connection with no request in flight (a keep-alive between requests, or one still sending its headers) is
    /// closed after this long.
    public var idleTimeout: Duration
    /// A request's head and body must arrive within this long of its head starting to be read, however slowly the
    /// bytes trickle in (a slow body is not kept alive by each byte).
    public var requestReadTimeout: Duration
    /// Connections open at most; at the cap, accepting pauses (new clients wait in the kernel's queue) and the
    /// connections idle longest are closed to make room.
    public var maxConnections: Int

    /// Creates limits.
    public init(idleTimeout: Duration = .seconds(30), requestReadTimeout: Duration = .seconds(30), maxConnections: Int) {
        self.idleTimeout = idleTimeout
        self.requestReadTimeout = requestReadTimeout
        self.maxConnections = maxConnections
    }

    /// File handles kept for everything but client connections: the database, logs, the listening socket.
    static let reservedFileHandles = 256

    /// The cap the process's file-handle limit allows, after raising its soft limit to the hard one: a cap below
    /// the limit means accepting never fails for want of a handle (which NIO would retry at once, spinning a core
    /// while no client is served).
    public static func connectionCapFromFileLimit() -> Int {
        var limit = rlimit()
        guard getrlimit(RLIMIT_NOFILE_VALUE, &limit) == 0 else { return 1_000 }
        if limit.rlim_cur < limit.rlim_max {
            var raised = limit
            raised.rlim_cur = limit.rlim_max
            if setrlimit(RLIMIT_NOFILE_VALUE, &raised) == 0 { limit = raised }
        }
        let handles = limit.rlim_cur >= rlim_t(1 << 40) ? 1_048_576 : Int(clamping: limit.rlim_cur)
        return max(16, handles - reservedFileHandles)
    }

    #if canImport(Glibc)
        private static let RLIMIT_NOFILE_VALUE = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
    #else
        private static let RLIMIT_NOFILE_VALUE = RLIMIT_NOFILE
    #endif
}

/// Keeps the server reachable however many connections clients hold: it counts open connections against the cap
/// (Hummingbird pauses accepting while `isAcceptingNewConnections` is false), knows which connections are idle
/// (`ConnectionWatch` tells it), and when the cap is reached closes the tenth of them idle longest, so a new client
/// is accepted within moments instead of waiting for an attacker to let go.
final class ConnectionGuard: Sendable {
    private struct Entry {
        let channel: any Channel
        /// Requests read but not yet answered.
        var inFlight: Int
        /// Since when it has had nothing in flight.
        var idleSince: ContinuousClock.Instant
    }

    private struct State {
        var open = 0
        var nextId = 0
        var watched: [Int: Entry] = [:]
    }

    let limits: ConnectionLimits
    private let logger: Logger
    private let state = Mutex(State())

    init(limits: ConnectionLimits, logger: Logger) {
        self.limits = limits
        self.logger = logger
    }

    /// The delegate Hummingbird's server asks before accepting.
    var acceptance: Acceptance { Acceptance(guard: self) }

    /// Connections open now.
    var openConnections: Int { state.withLock { $0.open } }

    /// Hummingbird's accept gate, backed by the guard.
    struct Acceptance: AvailableConnectionsDelegate {
        let `guard`: ConnectionGuard

        mutating func connectionOpened() { self.guard.opened() }
        mutating func connectionClosed() { self.guard.state.withLock { $0.open -= 1 } }
        func isAcceptingNewConnections() -> Bool { self.guard.openConnections < self.guard.limits.maxConnections }
    }

    private func opened() {
        let atCap = state.withLock { state in
            state.open += 1
            return state.open >= limits.maxConnections
        }
        if atCap { shedIdle() }
    }

    /// Closes the idle connections idle longest: a tenth of the cap (at least one).
    private func shedIdle() {
        let count = max(1, limits.maxConnections / 10)
        let victims = state.withLock { state in
            state.watched.values.filter { $0.inFlight == 0 }.sorted { $0.idleSince < $1.idleSince }.prefix(count)
                .map(\.channel)
        }
        if !victims.isEmpty {
            logger.notice(
                "connection cap reached: closing the connections idle longest",
                metadata: ["cap": "\(limits.maxConnections)", "closing": "\(victims.count)"])
        }
        for channel in victims { channel.close(promise: nil) }
    }

    /// Starts watching a connection; returns its key.
    func watch(_ channel: any Channel) -> Int {
        state.withLock { state in
            state.nextId += 1
            state.watched[state.nextId] = Entry(channel: channel, inFlight: 0, idleSince: .now)
            return state.nextId
        }
    }

    /// A request's head arrived on a connection.
    func requestStarted(_ key: Int) { state.withLock { $0.watched[key]?.inFlight += 1 } }

    /// A response ended on a connection.
    func responseEnded(_ key: Int) {
        state.withLock { state in
            guard var entry = state.watched[key] else { return }
            entry.inFlight = max(0, entry.inFlight - 1)
            if entry.inFlight == 0 { entry.idleSince = .now }
            state.watched[key] = entry
        }
    }

    /// Stops watching a closed connection.
    func forget(_ key: Int) { _ = state.withLock { $0.watched.removeValue(forKey: key) } }
}

/// Watches one connection for the guard: marks it busy from a request's head to its response's end, and closes it
/// when a request takes longer than `requestReadTimeout` to arrive in full.
final class ConnectionWatch: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let connections: ConnectionGuard
    private var key: Int?
    private var readDeadline: Scheduled<Void>?

    init(_ connections: ConnectionGuard) {
        self.connections = connections
    }

    func handlerAdded(context: ChannelHandlerContext) {
        key = connections.watch(context.channel)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        stopWatching()
    }

    func channelInactive(context: ChannelHandlerContext) {
        stopWatching()
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head:
            if let key { connections.requestStarted(key) }
            let channel = context.channel
            readDeadline?.cancel()
            readDeadline = context.eventLoop.scheduleTask(in: TimeAmount(connections.limits.requestReadTimeout)) {
                channel.close(promise: nil)
            }
        case .end:
            readDeadline?.cancel()
            readDeadline = nil
        case .body:
            break
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data), let key { connections.responseEnded(key) }
        context.write(data, promise: promise)
    }

    private func stopWatching() {
        readDeadline?.cancel()
        readDeadline = nil
        if let key { connections.forget(key) }
        key = nil
    }
}
