import CairnCore
import CairnStore

/// What can go wrong in a use case, in terms every front end maps once (problem+json, HTML, CLI text).
public enum ServiceError: Error, Sendable, Equatable {
    /// Input failed validation; nothing was written.
    case validation([FieldError])
    /// Query parameters are wrong.
    case invalidQuery([FieldError])
    /// The record does not exist or is outside the actor's scope (the two are not told apart).
    case notFound(RecordKind?)
    /// The caller's version is stale.
    case versionConflict(currentVersion: Int)
    /// The role lacks a right.
    case forbidden
    /// No or a bad token.
    case unauthenticated
    /// Wrong email or password.
    case invalidCredentials
    /// Too many wrong passwords for the account or from the address: wait this many seconds.
    case tooManyAttempts(retryAfterSeconds: Int)
    /// A unique value is already used.
    case conflict([FieldError])
    /// The record looks like existing ones: refused until a person confirms (warnings) or overrides (blocking).
    case duplicates(DuplicateFindings)
    /// The database cannot take the write now (read-only, full, out of reach); nothing was written.
    case storageUnavailable(StorageFault)

    /// The service error an error amounts to: itself, or a storage fault a person can be told about.
    public init?(from error: any Error) {
        if let direct = error as? ServiceError {
            self = direct
        } else if case .unavailable(let fault)? = error as? StoreError {
            self = .storageUnavailable(fault)
        } else {
            return nil
        }
    }
}

/// Why the database cannot take a write now (CairnStore's, named for the front ends).
public typealias StorageFault = CairnStore.StorageFault

extension ValidationFailure {
    /// The failure as a service error.
    var serviceError: ServiceError { .validation(errors) }
}
