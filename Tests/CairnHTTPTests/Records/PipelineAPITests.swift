import CairnCore
import CairnTestSupport
import Foundation
import Hummingbird
import Testing

struct PipelineAPITests {
    @Test(arguments: TestDatabase.all)
    func opportunitiesMoveThroughStagesWithHistory(database: TestDatabase) async throws {
        try await APITest.run(database) { api in
            let rep = try await api.userToken(email: "rep@example.com", role: "sales", team: "华东")
            let account = try await api.call(.post, "/api/v1/accounts", token: rep, json: ["name": "南京汇智教育科技有限公司"])
            let accountId = try #require(account.json["id"] as? String)
            let contact = try await api.call(
                .post, "/api/v1/contacts", token: rep, json: ["accountId": accountId, "name": "王芳", "mobile": "138 0013 8000"])
            #expect(contact.status == .created)
            #expect(contact.json["mobile"] as? String == "+8613800138000")
            let deal = try await api.call(
                .post, "/api/v1/opportunities", token: rep,
                json: [
                    "accountId": accountId, "name": "智慧校园一期", "amount": ["amount": "580000.00", "currency": "CNY"],
                ])
            #expect(deal.status == .created)
            #expect((deal.json["amount"] as? [String: String]) == ["amount": "580000.00", "currency": "CNY"])
            let dealId = try #require(deal.json["id"] as? String)
            let moved = try await api.call(
                .post, "/api/v1/opportunities/\(dealId)/stage", token: rep, json: ["stage": "negotiation"])
            #expect(moved.status == .ok)
            #expect(moved.json["probability"] as? Int == 75)
            let stale = try await api.call(
                .post, "/api/v1/opportunities/\(dealId)/stage", token: rep, json: ["stage": "won"], headers: [.ifMatch: "\"1\""])
            #expect(stale.status == .preconditionFailed)
            let history = try await api.call(.get, "/api/v1/opportunities/\(dealId)/stage-history", token: rep)
            let stages = (history.json["items"] as? [[String: Any]])?.compactMap { $0["toStage"] as? String }
            #expect(stages == ["qualification", "negotiation"])
            let activity = try await api.call(
                .post, "/api/v1/activities", token: rep,
                json: [
                    "kind": "call", "subject": "电话确认合同条款", "accountId": accountId, "opportunityId": dealId, "rating": "satisfied",
                ])
            #expect(activity.status == .created)
            #expect(activity.json["occurredAt"] as? String != nil)
            let task = try await api.call(
                .post, "/api/v1/tasks", token: rep,
                json: ["title": "发送合同", "accountId": accountId, "dueAt": "2026-11-25T10:00:00+08:00"])
            #expect(task.status == .created)
            #expect(task.json["dueAt"] as? String == "2026-11-25T02:00:00.000Z")
            let badDate = try await api.call(.post, "/api/v1/tasks", token: rep, json: ["title": "x", "dueAt": "tomorrow"])
            #expect(badDate.firstErrorField == "dueAt")
            let lead = try await api.call(
                .post, "/api/v1/leads", token: rep, json: ["name": "赵磊", "mobile": "13912345678", "source": "exhibition"])
            #expect(lead.status == .created)
        }
    }
}
