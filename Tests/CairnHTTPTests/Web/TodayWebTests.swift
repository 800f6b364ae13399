import CairnCore
import CairnServices
import CairnTestSupport
import Foundation
import Testing

@testable import CairnHTTP

/// The Today page's one-click "done" carries the task's version, like every other form that changes a record.
struct TodayWebTests {
    @Test(arguments: TestDatabase.all)
    func markingATaskDoneChecksItsVersion(database: TestDatabase) async throws {
        try await WebTest.run(database) { web in
            let f = try await Fixtures.make(web.services)
            let now = web.services.environment.clock.now()
            let task = try await web.services.tasks.create(TaskFields(title: "回访宁波海天", dueAt: now), by: f.eastRep)
            try await web.signIn("east1@example.com")
            let today = try await web.get("/today")
            #expect(today.text.contains("name=\"version\" value=\"1\""))

            // Without a version the form did not come from the page; with an old one it would undo a change unseen.
            let versionless = try await web.post("/tasks/\(task.id)/done", [("back", "/today")])
            #expect(versionless.status == .forbidden)
            _ = try await web.services.tasks.update(task.id, expectedVersion: 1, by: f.eastRep) { fields in
                var renamed = fields
                renamed.title = "回访宁波海天（改期）"
                return renamed
            }
            let stale = try await web.post("/tasks/\(task.id)/done", [("back", "/today"), ("version", "1")])
            #expect(stale.status == .conflict)
            #expect(try await web.services.tasks.get(task.id, by: f.eastRep).fields.status == .open)

            let done = try await web.post("/tasks/\(task.id)/done", [("back", "/today"), ("version", "2")])
            #expect(done.status == .seeOther && done.headers[.location] == "/today?done=1")
            #expect(try await web.services.tasks.get(task.id, by: f.eastRep).fields.status == .done)
            #expect(try await web.get("/today?done=1").text.contains("已完成，已从列表移除。"))
        }
    }

    /// Today shows a screenful, says there is more when there is, and shows everything on request.
    @Test(arguments: TestDatabase.all)
    func todaySaysWhenThereIsMoreAndShowsIt(database: TestDatabase) async throws {
        try await WebTest.run(database) { web in
            let f = try await Fixtures.make(web.services)
            let now = web.services.environment.clock.now()
            for index in 1...20 {
                _ = try await web.services.tasks.create(
                    TaskFields(title: "回访客户\(index)号", dueAt: now.addingTimeInterval(-Double(index) * 3600)), by: f.eastRep)
            }
            try await web.signIn("east1@example.com")
            let first = try await web.get("/today")
            #expect(first.text.components(separatedBy: "class=\"today-item").count - 1 == 12)
            #expect(first.text.contains("最紧急的 12 项，还有更多。") && first.text.contains("href=\"/today?all=1\""))
            let all = try await web.get("/today?all=1")
            #expect(all.text.components(separatedBy: "class=\"today-item").count - 1 == 20)
            #expect(all.text.contains("按紧急程度排序，共 20 项。") && !all.text.contains("id=\"today-more\""))
        }
    }
}
