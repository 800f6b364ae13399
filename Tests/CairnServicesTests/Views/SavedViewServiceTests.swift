import CairnCore
import CairnServices
import CairnTestSupport
import Foundation
import Testing

struct SavedViewServiceTests {
    @Test(arguments: TestDatabase.all)
    func viewsArePersonalNamedOnceAndDeletable(database: TestDatabase) async throws {
        try await database.withServices { services in
            let f = try await Fixtures.make(services)
            let view = try await services.savedViews.save(name: " A 级客户 ", query: "tier=A", page: "accounts", by: f.eastRep)
            #expect(view.name == "A 级客户")
            await #expect(throws: ServiceError.validation([FieldError(field: "name", code: .alreadyTaken)])) {
                try await services.savedViews.save(name: "A 级客户", query: "tier=B", page: "accounts", by: f.eastRep)
            }
            await #expect(throws: ServiceError.validation([FieldError(field: "name", code: .required)])) {
                try await services.savedViews.save(name: "", query: "", page: "accounts", by: f.eastRep)
            }
            #expect(try await services.savedViews.views(of: "accounts", by: f.eastRep2).isEmpty)
            await #expect(throws: ServiceError.notFound(nil)) { try await services.savedViews.delete(view.id, by: f.eastRep2) }
            #expect(try await services.savedViews.views(of: "accounts", by: f.eastRep).map(\.query) == ["tier=A"])
            try await services.savedViews.delete(view.id, by: f.eastRep)
            #expect(try await services.savedViews.views(of: "accounts", by: f.eastRep).isEmpty)
        }
    }
}
