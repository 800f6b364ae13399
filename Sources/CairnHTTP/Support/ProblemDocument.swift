import CairnCore
import CairnServices
import Foundation
import Hummingbird

/// An RFC 9457 problem document with Cairn's stable `code` and per-field `errors`.
struct ProblemDocument: Encodable {
    /// One field's problem, as clients receive it.
    struct FieldProblem: Encodable {
        var field: String
        var code: String
        var message: String
    }

    var type: String
    var title: String
    var status: Int
    var detail: String
    var code: String
    var errors: [FieldProblem]
    var currentVersion: Int?
    /// The existing records a creation looks like (those the user may see), for `duplicate_found`.
    var duplicates: [DuplicateBody]?
    /// How many more matching records exist that the user may not see.
    var hiddenDuplicates: Int?

    /// Builds the document for an error in the user's language.
    init(
        code: String, status: HTTPResponse.Status, language: Language, fieldErrors: [FieldError] = [],
        parameters: [String: String] = [:], currentVersion: Int? = nil
    ) {
        type = "urn:cairn:problem:\(code)"
        title = MessageCatalog.text("problem.\(code)", language, parameters)
        detail = MessageCatalog.text("problem.\(code).detail", language, parameters)
        self.status = Int(status.code)
        self.code = code
        errors = fieldErrors.map {
            FieldProblem(field: $0.field, code: $0.code.rawValue, message: MessageCatalog.message(for: $0, language))
        }
        self.currentVersion = currentVersion
    }

    /// The problem for any error thrown while handling a request; unknown errors become a 500 that reveals nothing.
    static func from(_ error: any Error, language: Language) -> (HTTPResponse.Status, ProblemDocument) {
        switch error {
        case let error as APIError: return from(error, language: language)
        case let error as ServiceError: return from(APIError.service(error), language: language)
        case let error as HTTPError where error.status == .notFound: return from(APIError.routeNotFound, language: language)
        case let error as HTTPError where error.status == .contentTooLarge:
            return from(APIError.payloadTooLarge(maximumBytes: JSONBody.maximumBytes), language: language)
        case let error as HTTPError where error.status == .methodNotAllowed:
            return from(APIError.routeNotFound, language: language)
        case let error as HTTPError where (400..<500).contains(error.status.code):
            return (error.status, ProblemDocument(code: "bad_request", status: error.status, language: language))
        default:
            if let serviceError = ServiceError(from: error) { return from(APIError.service(serviceError), language: language) }
            return (
                .internalServerError, ProblemDocument(code: "internal_error", status: .internalServerError, language: language)
            )
        }
    }

    /// The problem code for a storage fault (each a 503: the request was fine, the server cannot keep it now).
    static func code(of fault: StorageFault) -> String {
        switch fault {
        case .readOnly: "database_read_only"
        case .diskFull: "disk_full"
        case .unreachable: "database_unreachable"
        }
    }

    /// Seconds a client should wait before retrying a request the storage could not take.
    static let storageRetrySeconds = 30

    private static func from(_ error: APIError, language: Language) -> (HTTPResponse.Status, ProblemDocument) {
        func make(
            _ code: String, _ status: HTTPResponse.Status, _ errors: [FieldError] = [], _ parameters: [String: String] = [:],
            version: Int? = nil
        ) -> (HTTPResponse.Status, ProblemDocument) {
            (
                status,
                ProblemDocument(
                    code: code, status: status, language: language, fieldErrors: errors, parameters: parameters,
                    currentVersion: version)
            )
        }
        switch error {
        case .malformedJSON: return make("malformed_json", .badRequest)
        case .payloadTooLarge(let maximum): return make("payload_too_large", .contentTooLarge, [], ["max": String(maximum)])
        case .unsupportedMediaType: return make("unsupported_media_type", .unsupportedMediaType)
        case .preconditionRequired:
            return make("precondition_required", .preconditionRequired, [FieldError(field: "If-Match", code: .required)])
        case .routeNotFound: return make("route_not_found", .notFound)
        case .methodNotAllowed(let allowed):
            return make("method_not_allowed", .methodNotAllowed, [], ["allowed": allowed.joined(separator: ", ")])
        case .service(let serviceError):
            switch serviceError {
            case .validation(let errors): return make("validation_failed", .unprocessableContent, errors)
            case .invalidQuery(let errors): return make("invalid_query", .badRequest, errors)
            case .notFound: return make("not_found", .notFound)
            case .versionConflict(let current):
                return make(
                    "version_conflict", .preconditionFailed, [FieldError(field: "If-Match", code: .invalidValue)],
                    ["current": "\"\(current)\""], version: current)
            case .forbidden: return make("forbidden", .forbidden)
            case .unauthenticated: return make("unauthorized", .unauthorized)
            case .invalidCredentials: return make("invalid_credentials", .unauthorized)
            case .tooManyAttempts(let seconds):
                return make("too_many_attempts", .tooManyRequests, [], ["seconds": String(seconds)])
            case .conflict(let errors): return make("conflict", .conflict, errors)
            case .duplicates(let findings):
                var (status, document) = make("duplicate_found", .conflict)
                document.duplicates = findings.visible.map { DuplicateBody($0, language: language) }
                document.hiddenDuplicates = findings.hiddenCount
                return (status, document)
            case .storageUnavailable(let fault): return make(code(of: fault), .serviceUnavailable)
            }
        }
    }
}
