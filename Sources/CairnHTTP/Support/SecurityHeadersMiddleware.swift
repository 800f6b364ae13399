import Hummingbird

/// Headers every answer gets, errors included (it wraps everything else): API answers hold customers' and users'
/// data, so no cache, proxy or browser history may keep them (`Cache-Control: no-store` unless the route chose
/// otherwise); behind TLS browsers are told to use only HTTPS from then on (HSTS, a year).
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        var response = try await next(request, context)
        if request.uri.path.hasPrefix("/api/v1/"), response.headers[.cacheControl] == nil {
            response.headers[.cacheControl] = "no-store"
        }
        if WebSessionMiddleware.isSecure(request) {
            response.headers[.strictTransportSecurity] = "max-age=31536000; includeSubDomains"
        }
        return response
    }
}
