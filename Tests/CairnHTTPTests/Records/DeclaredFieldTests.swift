import CairnCore
import CairnTestSupport
import Foundation
import Hummingbird
import Testing

/// A field added only by its declaration, a migration and two labels (`employeeCount`) works everywhere a field
/// does: validation, JSON, list filters and sorts, the API document and the edit form.
struct DeclaredFieldTests {
    @Test(arguments: TestDatabase.all)
    func aDeclaredFieldIsValidatedStoredFilteredSortedAndDocumented(database: TestDatabase) async throws {
        try await APITest.run(database) { api in
            let admin = try await api.userToken(email: "admin@example.com", role: "admin", team: nil)
            let big = try await api.call(
                .post, "/api/v1/accounts", token: admin, json: ["name": "杭州云栖数据有限公司", "employeeCount": 1200])
            #expect(big.status == .created)
            #expect(big.json["employeeCount"] as? Int == 1200)
            let small = try await api.call(
                .post, "/api/v1/accounts", token: admin, json: ["name": "宁波海曙贸易有限公司", "employeeCount": 35])
            #expect(small.status == .created)

            let negative = try await api.call(
                .post, "/api/v1/accounts", token: admin, json: ["name": "温州鹿城鞋业有限公司", "employeeCount": -1],
                headers: [.acceptLanguage: "en"])
            #expect(negative.status == .unprocessableContent)
            #expect(negative.text.contains("\"field\":\"employeeCount\""))
            #expect(negative.text.contains("\"code\":\"out_of_range\""))
            let words = try await api.call(
                .post, "/api/v1/accounts", token: admin, json: ["name": "温州鹿城鞋业有限公司", "employeeCount": "many"])
            #expect(words.status == .unprocessableContent)
            #expect(words.text.contains("\"code\":\"invalid_type\""))

            let filtered = try await api.call(.get, "/api/v1/accounts?employeeCount=35", token: admin)
            #expect((filtered.json["items"] as? [[String: Any]])?.map { $0["name"] as? String } == ["宁波海曙贸易有限公司"])
            let badFilter = try await api.call(.get, "/api/v1/accounts?employeeCount=lots", token: admin)
            #expect(badFilter.status == .badRequest)
            #expect(badFilter.text.contains("\"field\":\"employeeCount\""))
            let sorted = try await api.call(.get, "/api/v1/accounts?sort=-employeeCount", token: admin)
            #expect(
                (sorted.json["items"] as? [[String: Any]])?.map { $0["employeeCount"] as? Int } == [1200, 35])

            let document = try await api.call(.get, "/api/openapi.yaml").text
            #expect(document.contains("\"employeeCount\": {\"type\": [\"integer\", \"null\"], \"minimum\": 0"))
            #expect(document.contains("{\"name\": \"employeeCount\", \"in\": \"query\""))
        }
    }

    @Test(arguments: TestDatabase.all)
    func theEditFormOffersAndSavesADeclaredField(database: TestDatabase) async throws {
        try await WebTest.run(database) { web in
            let f = try await Fixtures.make(web.services)
            let account = try await web.services.accounts.create(AccountFields(name: "杭州云栖数据有限公司"), by: f.eastRep)
            try await web.signIn("east1@example.com")
            let page = try await web.get("/accounts/\(account.id)")
            #expect(page.text.contains("<label for=\"edit-employeeCount\">员工人数</label>"))
            let saved = try await web.post(
                "/accounts/\(account.id)/edit",
                [("version", "1"), ("name", "杭州云栖数据有限公司"), ("status", "prospect"), ("employeeCount", "80")])
            #expect(saved.status == .seeOther)
            #expect(try await web.services.accounts.get(account.id, by: f.eastRep).fields.employeeCount == 80)
            let shown = try await web.get("/accounts/\(account.id)")
            #expect(shown.text.contains("<dt>员工人数</dt><dd>80</dd>"))
        }
    }
}
