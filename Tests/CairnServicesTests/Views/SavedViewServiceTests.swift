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
            for number in 1...SavedView.maximumPerPage {
                _ = try await services.savedViews.save(name: "视图\(number)", query: "", page: "accounts", by: f.eastRep)
            }
            let tooMany = FieldError(field: "savedViews", code: .tooMany, parameters: ["max": "20"])
            await #expect(throws: ServiceError.validation([tooMany])) {
                try await services.savedViews.save(name: "再多一个", query: "", page: "accounts", by: f.eastRep)
            }
            #expect(MessageCatalog.message(for: tooMany, .zhCN) == "已保存视图最多只能保留 20 个，请先删除一个")
        }
    }
}
