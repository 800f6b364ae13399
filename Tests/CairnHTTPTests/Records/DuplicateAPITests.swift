import CairnCore
import CairnTestSupport
import Foundation
import Hummingbird
import Testing

struct DuplicateAPITests {
    @Test(arguments: TestDatabase.all)
    func patchingAnotherAccountsCreditCodeIsRefused(database: TestDatabase) async throws {
        try await APITest.run(database) { api in
            let admin = try await api.userToken(email: "admin@example.com", role: "admin", team: nil)
            _ = try await api.call(
                .post, "/api/v1/accounts", token: admin, json: ["name": "宁波海天塑机有限公司", "creditCode": Fixtures.creditCode])
            let other = try await api.call(.post, "/api/v1/accounts", token: admin, json: ["name": "杭州云栖数据有限公司"])
            let id = try #require(other.json["id"] as? String)
            let refused = try await api.call(
                .patch, "/api/v1/accounts/\(id)", token: admin, json: ["creditCode": Fixtures.creditCode],
                headers: [.ifMatch: "\"1\""])
            #expect(refused.status == .conflict)
            #expect((refused.json["errors"] as? [[String: Any]])?.first?["field"] as? String == "creditCode")
            let stored = try await api.call(.get, "/api/v1/accounts/\(id)", token: admin)
            #expect(!(stored.json["creditCode"] is String) && stored.json["version"] as? Int == 1)
            // `allowDuplicates` overrides a blocking match, never a credit code another account holds.
            let stillRefused = try await api.call(
                .patch, "/api/v1/accounts/\(id)?allowDuplicates=true", token: admin,
                json: ["creditCode": Fixtures.creditCode], headers: [.ifMatch: "\"1\""])
            #expect(stillRefused.status == .conflict)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aPatchThatMakesABlockingMatchIsRefusedUnlessAnAdminOverrides(database: TestDatabase) async throws {
        try await APITest.run(database) { api in
            let admin = try await api.userToken(email: "admin@example.com", role: "admin", team: nil)
            _ = try await api.call(
                .post, "/api/v1/accounts", token: admin, json: ["name": "宁波某某电子科技有限公司", "phone": "0574 8618 2000"])
            let other = try await api.call(.post, "/api/v1/accounts", token: admin, json: ["name": "杭州远景能源有限公司"])
            let id = try #require(other.json["id"] as? String)
            let change: [String: Any] = ["name": "某某电子（宁波）", "phone": "0574-86182000"]
            let refused = try await api.call(
                .patch, "/api/v1/accounts/\(id)", token: admin, json: change, headers: [.ifMatch: "\"1\""])
            #expect(refused.status == .conflict)
            #expect(refused.json["code"] as? String == "duplicate_found")
            let overridden = try await api.call(
                .patch, "/api/v1/accounts/\(id)?allowDuplicates=true", token: admin, json: change,
                headers: [.ifMatch: "\"1\""])
            #expect(overridden.status == .ok)
            #expect(overridden.json["phone"] as? String == "+8657486182000")
        }
    }

    @Test(arguments: TestDatabase.all)
    func aBlockingDuplicateIsRefusedWithItsReasonsUnlessOverridden(database: TestDatabase) async throws {
        try await APITest.run(database) { api in
            let rep = try await api.userToken(email: "rep@example.com", role: "sales", team: "华东")
            let admin = try await api.userToken(email: "admin@example.com", role: "admin", team: nil)
            let first = try await api.call(
                .post, "/api/v1/accounts", token: rep, json: ["name": "某某科技（北京）", "phone": "010 6552 1234"])
            #expect(first.status == .created)
            let firstId = try #require(first.json["id"] as? String)
            let body: [String: Any] = ["name": "北京某某科技有限公司", "phone": "(010) 6552-1234"]

            let refused = try await api.call(.post, "/api/v1/accounts", token: rep, json: body)
            #expect(refused.status == .conflict)
            #expect(refused.json["code"] as? String == "duplicate_found")
            #expect(refused.headers[.contentType]?.hasPrefix("application/problem+json") == true)
            let duplicates = try #require(refused.json["duplicates"] as? [[String: Any]])
            #expect(duplicates.count == 1)
            #expect(duplicates.first?["id"] as? String == firstId)
            #expect(duplicates.first?["url"] as? String == "/api/v1/accounts/\(firstId)")
            #expect(duplicates.first?["blocks"] as? Bool == true)
            let messages = (duplicates.first?["reasons"] as? [[String: Any]])?.compactMap { $0["message"] as? String } ?? []
            #expect(messages.contains("公司名称去掉有限公司、北京后相同（某某科技）"))
            #expect(messages.contains("电话相同（010 6552 1234）"))

            let english = try await api.call(
                .post, "/api/v1/accounts", token: rep, json: body, headers: [.acceptLanguage: "en"])
            let englishReasons =
                ((english.json["duplicates"] as? [[String: Any]])?.first?["reasons"] as? [[String: Any]])?
                .compactMap { $0["message"] as? String } ?? []
            #expect(englishReasons.contains("same phone (010 6552 1234)"))

            // The check answers the same without storing anything.
            let check = try await api.call(.post, "/api/v1/accounts/duplicate-check", token: rep, json: body)
            #expect(check.status == .ok)
            #expect(check.json["blocks"] as? Bool == true)
            #expect((check.json["duplicates"] as? [Any])?.count == 1)

            // Overriding needs the right; with it the record is created.
            let notAllowed = try await api.call(.post, "/api/v1/accounts?allowDuplicates=true", token: rep, json: body)
            #expect(notAllowed.status == .forbidden)
            let badFlag = try await api.call(.post, "/api/v1/accounts?allowDuplicates=yes", token: admin, json: body)
            #expect(badFlag.status == .badRequest)
            #expect(badFlag.firstErrorField == "allowDuplicates")
            let overridden = try await api.call(.post, "/api/v1/accounts?allowDuplicates=true", token: admin, json: body)
            #expect(overridden.status == .created)
            let list = try await api.call(.get, "/api/v1/accounts", token: admin)
            #expect((list.json["items"] as? [Any])?.count == 2)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aContactInPinyinAtTheSameAccountIsAWarning(database: TestDatabase) async throws {
        try await APITest.run(database) { api in
            let rep = try await api.userToken(email: "rep@example.com", role: "sales", team: "华东")
            let account = try await api.call(.post, "/api/v1/accounts", token: rep, json: ["name": "宁波海天塑机有限公司"])
            let accountId = try #require(account.json["id"] as? String)
            let zhang = try await api.call(
                .post, "/api/v1/contacts", token: rep, json: ["accountId": accountId, "name": "张伟", "mobile": "13800138000"])
            #expect(zhang.status == .created)
            let body: [String: Any] = ["accountId": accountId, "name": "Zhang Wei", "mobile": "13900139000"]
            let check = try await api.call(.post, "/api/v1/contacts/duplicate-check", token: rep, json: body)
            #expect(check.json["blocks"] as? Bool == false)
            let found = try #require((check.json["duplicates"] as? [[String: Any]])?.first)
            #expect(found["id"] as? String == zhang.json["id"] as? String)
            let messages = (found["reasons"] as? [[String: Any]])?.compactMap { $0["message"] as? String } ?? []
            #expect(messages.contains("联系人是同一人：Zhang Wei = 张伟"))
            // A warning does not refuse an API creation.
            let created = try await api.call(.post, "/api/v1/contacts", token: rep, json: body)
            #expect(created.status == .created)
        }
    }
}

struct MergeAPITests {
    @Test(arguments: TestDatabase.all)
    func anAdminMergesAndUndoes(database: TestDatabase) async throws {
        try await APITest.run(database) { api in
            let rep = try await api.userToken(email: "rep@example.com", role: "sales", team: "华东")
            let admin = try await api.userToken(email: "admin@example.com", role: "admin", team: nil)
            let first = try await api.call(
                .post, "/api/v1/accounts", token: rep, json: ["name": "某某科技（北京）", "phone": "010 6552 1234"])
            let second = try await api.call(
                .post, "/api/v1/accounts?allowDuplicates=true", token: admin,
                json: ["name": "北京某某科技有限公司", "phone": "(010) 6552-1234", "email": "info@mm-tech.cn"])
            let survivorId = try #require(first.json["id"] as? String)
            let mergedId = try #require(second.json["id"] as? String)
            _ = try await api.call(
                .post, "/api/v1/contacts", token: admin, json: ["accountId": mergedId, "name": "张伟"])

            let refused = try await api.call(
                .post, "/api/v1/accounts/\(survivorId)/merge", token: rep, json: ["mergedIds": [mergedId]])
            #expect(refused.status == .forbidden)
            let badBody = try await api.call(
                .post, "/api/v1/accounts/\(survivorId)/merge", token: admin, json: ["mergedIds": "x", "fields": [1]])
            #expect(badBody.status == .unprocessableContent)
            #expect(badBody.firstErrorField == "mergedIds")
            let merged = try await api.call(
                .post, "/api/v1/accounts/\(survivorId)/merge", token: admin,
                json: ["mergedIds": [mergedId], "fields": ["name": mergedId]])
            #expect(merged.status == .ok)
            #expect(merged.json["movedChildren"] as? Int == 1)
            let survivor = try #require(merged.json["survivor"] as? [String: Any])
            #expect(survivor["name"] as? String == "北京某某科技有限公司")
            #expect(survivor["email"] as? String == "info@mm-tech.cn")
            #expect(try await api.call(.get, "/api/v1/accounts/\(mergedId)", token: admin).status == .notFound)

            let mergeId = try #require(merged.json["mergeId"] as? String)
            let undone = try await api.call(.post, "/api/v1/merges/\(mergeId)/undo", token: admin)
            #expect(undone.status == .noContent)
            #expect(try await api.call(.get, "/api/v1/accounts/\(mergedId)", token: admin).status == .ok)
            let again = try await api.call(
                .post, "/api/v1/merges/\(mergeId)/undo", token: admin, headers: [.acceptLanguage: "en"])
            #expect(again.status == .conflict)
            let message = (again.json["errors"] as? [[String: Any]])?.first?["message"] as? String
            #expect(message == "This merge has already been undone")
        }
    }
}

struct DuplicateScanAPITests {
    @Test(arguments: TestDatabase.all)
    func anAdminScansAndReadsTheClusters(database: TestDatabase) async throws {
        try await APITest.run(database) { api in
            let rep = try await api.userToken(email: "rep@example.com", role: "sales", team: "华东")
            let admin = try await api.userToken(email: "admin@example.com", role: "admin", team: nil)
            _ = try await api.call(
                .post, "/api/v1/accounts", token: admin, json: ["name": "某某科技（北京）", "phone": "010 6552 1234"])
            _ = try await api.call(
                .post, "/api/v1/accounts?allowDuplicates=true", token: admin,
                json: ["name": "北京某某科技有限公司", "phone": "(010) 6552-1234"])
            #expect(try await api.call(.post, "/api/v1/duplicate-scans", token: rep).status == .forbidden)
            let started = try await api.call(.post, "/api/v1/duplicate-scans", token: admin)
            #expect(started.status == .accepted)
            let id = try #require(started.json["id"] as? String)
            let jobId = try #require(started.json["jobId"] as? String)
            #expect(try await api.services.jobs.job(jobId, by: .system).kind == "duplicates.scan")
            var status = started.json["status"] as? String
            for _ in 0..<200 where status == "running" {
                try await Task.sleep(for: .milliseconds(50))
                status = try await api.call(.get, "/api/v1/duplicate-scans/latest", token: admin).json["status"] as? String
            }
            #expect(status == "done")
            let clusters = try await api.call(
                .get, "/api/v1/duplicate-scans/\(id)/clusters", token: admin, headers: [.acceptLanguage: "en"])
            #expect(clusters.status == .ok)
            let items = try #require(clusters.json["items"] as? [[String: Any]])
            #expect(items.count == 1)
            #expect((items.first?["members"] as? [Any])?.count == 2)
            let pair = try #require((items.first?["pairs"] as? [[String: Any]])?.first)
            let messages = (pair["reasons"] as? [[String: Any]])?.compactMap { $0["message"] as? String } ?? []
            #expect(messages.contains("same phone (010 6552 1234)"))
            let badPage = try await api.call(.get, "/api/v1/duplicate-scans/\(id)/clusters?page=-1", token: admin)
            #expect(badPage.status == .badRequest)
        }
    }
}
