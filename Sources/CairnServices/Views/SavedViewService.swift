import CairnCore
import CairnStore
import Foundation

/// Each user's named list views: save the current search and filters, use them, delete them.
public struct SavedViewService: Sendable {
    let environment: ServiceEnvironment

    /// Creates the service.
    public init(environment: ServiceEnvironment) {
        self.environment = environment
    }

    /// The actor's views of a list.
    public func views(of page: String, by actor: Actor) async throws -> [SavedView] {
        try await environment.storage.read { session in
            try await SavedViewStore().views(userId: actor.userId, page: page, in: session)
        }
    }

    /// Saves the actor's current list query under a name.
    public func save(name: String, query: String, page: String, by actor: Actor) async throws -> SavedView {
        let (cleanName, cleanQuery): (String, String)
        do { (cleanName, cleanQuery) = try SavedView.validated(name: name, query: query, page: page) } catch {
            throw error.serviceError
        }
        let view = SavedView(
            id: environment.ids.next(), userId: actor.userId, page: page, name: cleanName, query: cleanQuery,
            createdAt: environment.clock.now())
        return try await environment.storage.write { session in
            let store = SavedViewStore()
            let existing = try await store.views(userId: actor.userId, page: page, in: session)
            if existing.count >= SavedView.maximumPerPage {
                let limit = ["max": String(SavedView.maximumPerPage)]
                throw ServiceError.validation([FieldError(field: "savedViews", code: .tooMany, parameters: limit)])
            }
            if existing.contains(where: { $0.name == cleanName }) {
                throw ServiceError.validation([FieldError(field: "name", code: .alreadyTaken)])
            }
            try await store.insert(view, in: session)
            return view
        }
    }

    /// Deletes one of the actor's views.
    public func delete(_ id: String, by actor: Actor) async throws {
        try await environment.storage.write { session in
            guard try await SavedViewStore().delete(id: id, userId: actor.userId, in: session) else {
                throw ServiceError.notFound(nil)
            }
        }
    }
}
