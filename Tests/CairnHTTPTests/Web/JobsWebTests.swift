import CairnCore
import CairnServices
import CairnTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Prometheus
import Testing

@testable import CairnHTTP

struct JobsWebTests {
    @Test(arguments: TestDatabase.all)
    func anAdminSeesTheQueueCancelsAScanAndRetriesIt(database: TestDatabase) async throws {
        try await WebTest.run(database) { web in
            let f = try await Fixtures.make(web.services)
            _ = try await web.services.accounts.create(
                AccountFields(name: "杭州云栖数据有限公司", phone: "0571 8888 1234", status: .active), by: f.eastRep)
            try await web.signIn("admin@example.com")
            #expect(try await web.get("/admin").text.contains("href=\"/admin/jobs\""))
            let scan = try await web.services.duplicateScans.start(by: f.admin)
            let jobId = try #require(scan.jobId)
            let queued = try await web.get("/admin/jobs")
            #expect(queued.status == .ok)
            #expect(queued.text.contains("排队中（1）"))
            #expect(queued.text.contains("查重扫描"))
            #expect(queued.text.contains("action=\"/admin/jobs/\(jobId)/cancel\""))

            let cancelled = try await web.post("/admin/jobs/\(jobId)/cancel", [])
            #expect(cancelled.status == .seeOther)
            let page = try await web.get("/admin/jobs?cancelled=1")
            #expect(page.text.contains("任务已取消。"))
            #expect(page.text.contains("action=\"/admin/jobs/\(jobId)/retry\""))
            #expect(try await web.services.duplicateScans.scan(scan.id, by: f.admin)?.status == .failed)
            let again = try await web.post("/admin/jobs/\(jobId)/cancel", [])
            #expect(again.status == .conflict)
            #expect(again.text.contains("该任务现在的状态是「已取消」，不能这样操作。"))

            #expect(try await web.post("/admin/jobs/\(jobId)/retry", []).status == .seeOther)
            try await web.services.jobRunner().runDue()
            #expect(try await web.services.duplicateScans.scan(scan.id, by: f.admin)?.status == .done)
            let done = try await web.get("/admin/jobs")
            #expect(done.text.contains("已完成"))
            #expect(!done.text.contains("action=\"/admin/jobs/\(jobId)/retry\""))
        }
    }

    @Test(arguments: TestDatabase.all)
    func salespeopleCannotOpenTheJobs(database: TestDatabase) async throws {
        try await WebTest.run(database) { web in
            _ = try await Fixtures.make(web.services)
            try await web.signIn("east1@example.com")
            #expect(try await web.get("/admin/jobs").status == .forbidden)
            #expect(!(try await web.get("/today").text.contains("/admin/jobs")))
        }
    }

    @Test(arguments: TestDatabase.all)
    func metricsShowTheQueue(database: TestDatabase) async throws {
        try await database.withServices { services in
            let registry = PrometheusCollectorRegistry()
            let app = Application(router: ApplicationBuilder.router(services: services, metrics: registry))
            _ = try await services.duplicateScans.start(by: .system)
            try await app.test(.router) { client in
                let text = try await client.execute(uri: "/metrics", method: .get) { String(buffer: $0.body) }
                #expect(text.contains("cairn_jobs_queue_depth 1"))
                #expect(text.contains(#"cairn_jobs{status="queued"} 1"#))
                #expect(text.contains("cairn_jobs_oldest_due_age_seconds 0"))
            }
        }
    }
}
