import CairnCore
import CairnServices
import CairnStore
import CairnTestSupport
import Foundation
import Testing

struct DuplicateScanServiceTests {
    @Test(arguments: TestDatabase.all)
    func aScanFindsClustersWithReasonsAndMergedOnesDropOut(database: TestDatabase) async throws {
        try await database.withServices { services in
            let f = try await Fixtures.make(services)
            func add(_ name: String, phone: String?, email: String? = nil) async throws -> Stored<AccountFields> {
                try await services.accounts.createChecked(
                    AccountFields(name: name, phone: phone, email: email, status: .active), ownerId: f.eastRep.userId,
                    by: f.admin, duplicates: .override
                ).record
            }
            let a = try await add("某某科技（北京）", phone: "010 6552 1234")
            let b = try await add("北京某某科技有限公司", phone: "(010) 6552-1234")
            let c = try await add("北京某某科技有限责任公司", phone: nil, email: "info@mm-tech.cn")
            _ = try await add("宁波海天塑机有限公司", phone: "0574 8618 2000")
            _ = try await add("杭州远景能源有限公司", phone: "0571 8888 0000")

            await #expect(throws: ServiceError.forbidden) { try await services.duplicateScans.start(by: f.eastRep) }
            let scan = try await services.duplicateScans.start(by: f.admin)
            #expect(scan.status == .running)
            // It is a job; only one scan runs at a time.
            let job = try await services.jobs.job(try #require(scan.jobId), by: f.admin)
            #expect(job.kind == "duplicates.scan" && job.status == .queued)
            #expect(try await services.duplicateScans.start(by: f.admin).id == scan.id)
            try await services.jobRunner().runDue()
            let finished = try #require(try await services.duplicateScans.scan(scan.id, by: f.admin))
            #expect(finished.status == .done)
            #expect(try await services.jobs.job(job.id, by: f.admin).status == .done)
            #expect(finished.records == 5)
            #expect(try await services.duplicateScans.scan(nil, by: f.admin)?.status == .done)

            let clusters = try await services.duplicateScans.clusters(scanId: scan.id, page: 0, by: f.admin)
            #expect(clusters.count == 1)
            let cluster = try #require(clusters.first)
            #expect(Set(cluster.members.map(\.id)) == [a.id, b.id, c.id])
            let reasons = cluster.pairs.flatMap(\.reasons).map(\.key)
            #expect(reasons.contains("match.same_phone"))
            #expect(reasons.contains("match.company_core"))

            let merge = try await services.merges.merge(
                MergeRequest(survivorId: a.id, mergedIds: [b.id, c.id]), by: f.admin)
            #expect(try await services.duplicateScans.clusters(scanId: scan.id, page: 0, by: f.admin).isEmpty)
            try await services.merges.undo(merge.mergeId, by: f.admin)
            #expect(try await services.duplicateScans.clusters(scanId: scan.id, page: 0, by: f.admin).count == 1)
        }
    }
}
