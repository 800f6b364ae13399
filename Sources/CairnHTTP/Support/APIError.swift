import CairnCore
import CairnServices

/// Errors the HTTP layer raises itself, next to the services' own.
enum APIError: Error {
    /// A service error passed through.
    case service(ServiceError)
    /// The body is not a JSON object.
    case malformedJSON
    /// The body is larger than allowed.
    case payloadTooLarge(maximumBytes: Int)
    /// The body has a content type other than JSON.
    case unsupportedMediaType
    /// PATCH without If-Match.
    case preconditionRequired
    /// No route for the path.
    case routeNotFound
    /// The path exists, but not for this method.
    case methodNotAllowed(allowed: [String])
}

extension APIError {
    /// The service error an error carries, thrown as is or wrapped for the API.
    static func serviceError(in error: any Error) -> ServiceError? {
        if case .service(let inner) = error as? APIError { return inner }
        return ServiceError(from: error)
    }
}
