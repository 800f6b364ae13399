import CairnCore
import CairnServices
import Hummingbird
import Logging
import NIOCore
import Prometheus
import ServiceLifecycle

/// Builds Cairn's HTTP application: the same function serves production and every test.
public enum ApplicationBuilder {
    /// The router with every route and middleware; `testClock` adds the test-only endpoint that moves it;
    /// `trustedProxies` are the load balancers whose `X-Forwarded-For` names the client.
    public static func router(
        services: Services, metrics: PrometheusCollectorRegistry?, testClock: ManualClock? = nil,
        trustedProxies: Set<String> = []
    ) -> Router<CairnRequestContext> {
        let router = Router(context: CairnRequestContext.self)
        let routeMethods = RouteMethods()
        router.middlewares.add(ClientAddressMiddleware(trustedProxies: trustedProxies))
        router.middlewares.add(SecurityHeadersMiddleware())
        // Metrics outside the problem mapping, so they count the status a client got (a 403, a 409), not the 500
        // an error thrown past them would be counted as.
        if metrics != nil { router.middlewares.add(MetricsMiddleware()) }
        router.middlewares.add(ProblemMiddleware(routes: routeMethods))
        SystemController(services: services, metrics: metrics).addRoutes(to: router)
        if let testClock { TestClockController(clock: testClock, services: services).addRoutes(to: router) }

        let api = router.group("api/v1")
        let authController = AuthController(auth: services.auth, users: services.users)
        authController.addPublicRoutes(to: api)

        let secured = api.group().add(middleware: BearerAuthMiddleware(auth: services.auth))
            .group(context: SignedInContext.self)
        authController.addRoutes(to: secured)
        UserController(users: services.users, auth: services.auth).addRoutes(to: secured)
        RecordController(service: services.accounts).addRoutes(to: secured)
        RecordController(service: services.contacts).addRoutes(to: secured)
        RecordController(service: services.leads).addRoutes(to: secured)
        RecordController(service: services.opportunities).addRoutes(to: secured)
        StageController(pipeline: services.pipeline).addRoutes(to: secured)
        RecordController(service: services.activities).addRoutes(to: secured)
        RecordController(service: services.tasks).addRoutes(to: secured)
        MergeController(merges: services.merges).addRoutes(to: secured)
        DuplicateScanController(scans: services.duplicateScans).addRoutes(to: secured)
        addWebRoutes(to: router, services: services)
        routeMethods.load(router.routes)
        return router
    }

    /// The pages people use in a browser: HTML errors, form tokens, sign-in for everything but the login page.
    static func addWebRoutes(to router: Router<CairnRequestContext>, services: Services) {
        WebAssets.addRoutes(to: router)
        let pages = WebPages(services: services)
        let web = router.group().add(middleware: WebErrorMiddleware()).add(middleware: WebSessionMiddleware())
        SignInController(pages: pages).addRoutes(to: web)
        let signedIn = web.group().add(middleware: WebSignInMiddleware(auth: services.auth))
            .group(context: SignedInContext.self)
        TodayController(pages: pages).addRoutes(to: signedIn)
        ActivityWebController(pages: pages).addRoutes(to: signedIn)
        AccountWebController(pages: pages).addRoutes(to: signedIn)
        ContactWebController(pages: pages).addRoutes(to: signedIn)
        OpportunityWebController(pages: pages).addRoutes(to: signedIn)
        PipelineWebController(pages: pages).addRoutes(to: signedIn)
        LeadWebController(pages: pages).addRoutes(to: signedIn)
        TeamWebController(pages: pages).addRoutes(to: signedIn)
        AdminWebController(pages: pages).addRoutes(to: signedIn)
        SettingsWebController(pages: pages).addRoutes(to: signedIn)
        DuplicatesWebController(pages: pages).addRoutes(to: signedIn)
        JobsWebController(pages: pages).addRoutes(to: signedIn)
    }

    /// The application listening on a host and port, running `background` (the job runner) beside the server in
    /// one service group, so both start together and shut down gracefully together. `connections` bounds idle and
    /// slow connections and how many may be open (`ConnectionGuard`).
    public static func application(
        services: Services, host: String, port: Int, metrics: PrometheusCollectorRegistry?, testClock: ManualClock? = nil,
        background: [any Service] = [], connections limits: ConnectionLimits, trustedProxies: Set<String> = [],
        logger: Logger,
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let connections = ConnectionGuard(limits: limits, logger: logger)
        logger.info(
            "connections: at most \(limits.maxConnections) open, idle ones closed after \(limits.idleTimeout), requests read within \(limits.requestReadTimeout)"
        )
        return Application(
            router: router(services: services, metrics: metrics, testClock: testClock, trustedProxies: trustedProxies),
            server: .http1(
                configuration: .init(
                    additionalChannelHandlers: [ConnectionWatch(connections)], idleTimeout: TimeAmount(limits.idleTimeout))),
            configuration: .init(
                address: .hostname(host, port: port), serverName: "Cairn", backlog: 1024,
                availableConnectionsDelegate: connections.acceptance),
            services: background,
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) },
            logger: logger)
    }
}
