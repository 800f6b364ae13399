import CairnCore
import CairnTestSupport
import Foundation
import Hummingbird
import Testing

struct AccountAPITests {
    @Test(arguments: TestDatabase.all)
    func createReadPatchWithETags(database: TestDatabase) async throws {
        try await APITest.run(database) { api in
            let admin = try await api.userToken(email: "admin@example.com", role: "admin", team: nil)
            let created = try await api.call(
                .post, "/api/v1/accounts", token: admin,
                json: [
                    "name": "北京某某科技有限公司", "creditCode": "91350100M000100Y43", "phone": "(010) 6552 1234",
                    "industry": "I", "province": "北京",
                ])
            #expect(created.status == .created)
            #expect(created.headers[.eTag] == "\"1\"")
            let id = try #require(created.json["id"] as? String)
            #expect(created.headers[.location] == "/api/v1/accounts/\(id)")
            #expect(created.json["phone"] as? String == "+861065521234")
            #expect(created.json["province"] as? String == "北京市")
            for key in [
                "id", "name", "creditCode", "phone", "industry", "province", "city", "source", "ownerId", "tier", "status",
                "version",
            ] {
                #expect(created.json.keys.contains(key), "missing \(key)")
            }

            let patched = try await api.call(
                .patch, "/api/v1/accounts/\(id)", token: admin, json: ["tier": "A", "city": NSNull()],
                headers: [.ifMatch: "\"1\""])
            #expect(patched.status == .ok)
            #expect(patched.headers[.eTag] == "\"2\"")
            #expect(patched.json["tier"] as? String == "A")
            #expect(patched.json["name"] as? String == "北京某某科技有限公司")

            let stale = try await api.call(
                .patch, "/api/v1/accounts/\(id)", token: admin, json: ["tier": "B"], headers: [.ifMatch: "\"1\""])
            #expect(stale.status == .preconditionFailed)
            #expect(stale.json["code"] as? String == "version_conflict")
            #expect(stale.headers[.contentType]?.hasPrefix("application/problem+json") == true)

            let missing = try await api.call(.patch, "/api/v1/accounts/\(id)", token: admin, json: ["tier": "B"])
            #expect(missing.status == .preconditionRequired)

            let read = try await api.call(.get, "/api/v1/accounts/\(id)", token: admin)
            #expect(read.json["tier"] as? String == "A")
            #expect(read.headers[.eTag] == "\"2\"")
        }
    }

    @Test(arguments: TestDatabase.all)
    func invalidCreditCodeNamesTheFieldInBothLanguages(database: TestDatabase) async throws {
        try await APITest.run(database) { api in
            let admin = try await api.userToken(email: "admin@example.com", role: "admin", team: nil)
            let body: [String: Any] = ["name": "某某科技", "creditCode": "91350100M000100Y44"]
            let zh = try await api.call(.post, "/api/v1/accounts", token: admin, json: body)
            #expect(zh.status == .unprocessableContent)
            #expect(zh.firstErrorField == "creditCode")
            #expect(zh.json["code"] as? String == "validation_failed")
            let zhMessage = (zh.json["errors"] as? [[String: Any]])?.first?["message"] as? String
            #expect(zhMessage?.contains("校验位") == true)
            let en = try await api.call(
                .post, "/api/v1/accounts", token: admin, json: body, headers: [.acceptLanguage: "en-US,en;q=0.9"])
            let enMessage = (en.json["errors"] as? [[String: Any]])?.first?["message"] as? String
            #expect(enMessage?.contains("check digit") == true)
            let list = try await api.call(.get, "/api/v1/accounts", token: admin)
            #expect((list.json["items"] as? [Any])?.isEmpty == true)
        }
    }

    @Test(arguments: TestDatabase.all)
    func salesOfOneTeamCannotSeeAnotherTeamsAccount(database: TestDatabase) async throws {
        try await APITest.run(database) { api in
            let east = try await api.userToken(email: "east@example.com", role: "sales", team: "华东")
            let south = try await api.userToken(email: "south@example.com", role: "sales", team: "华南")
            let created = try await api.call(.post, "/api/v1/accounts", token: south, json: ["name": "广州某某贸易有限公司"])
            let id = try #require(created.json["id"] as? String)
            let hidden = try await api.call(.get, "/api/v1/accounts/\(id)", token: east)
            #expect(hidden.status == .notFound)
            #expect(hidden.json["code"] as? String == "not_found")
            let unknown = try await api.call(.get, "/api/v1/accounts/00000000-0000-7000-8000-00000000ffff", token: east)
            #expect(unknown.status == hidden.status)
            #expect(unknown.body == hidden.body)
            let patch = try await api.call(
                .patch, "/api/v1/accounts/\(id)", token: east, json: ["tier": "A"], headers: [.ifMatch: "\"1\""])
            #expect(patch.status == .notFound)
        }
    }

    @Test(arguments: TestDatabase.all)
    func badInputGetsAProblemAndWritesNothing(database: TestDatabase) async throws {
        try await APITest.run(database) { api in
            let admin = try await api.userToken(email: "admin@example.com", role: "admin", team: nil)
            let malformed = try await api.call(.post, "/api/v1/accounts", token: admin, rawBody: "{\"name\": ")
            #expect(malformed.status == .badRequest)
            #expect(malformed.json["code"] as? String == "malformed_json")

            let wrongType = try await api.call(.post, "/api/v1/accounts", token: admin, json: ["name": 42])
            #expect(wrongType.status == .unprocessableContent)
            #expect(wrongType.firstErrorField == "name")
            #expect((wrongType.json["errors"] as? [[String: Any]])?.first?["code"] as? String == "invalid_type")

            let missing = try await api.call(.post, "/api/v1/accounts", token: admin, json: ["phone": "13800138000"])
            #expect(missing.status == .unprocessableContent)
            #expect(missing.firstErrorField == "name")

            let tooLong = try await api.call(
                .post, "/api/v1/accounts", token: admin, json: ["name": String(repeating: "长", count: 201)])
            #expect(tooLong.firstErrorField == "name")
            #expect((tooLong.json["errors"] as? [[String: Any]])?.first?["code"] as? String == "too_long")

            let phone = try await api.call(.post, "/api/v1/accounts", token: admin, json: ["name": "甲", "phone": "12345"])
            #expect(phone.firstErrorField == "phone")
            let email = try await api.call(.post, "/api/v1/accounts", token: admin, json: ["name": "甲", "email": "not-an-email"])
            #expect(email.firstErrorField == "email")

            let money = try await api.call(
                .post, "/api/v1/opportunities", token: admin,
                json: ["name": "x", "accountId": "a", "amount": ["amount": "1.234"]])
            #expect(money.status == .unprocessableContent)
            #expect(money.firstErrorField == "amount.amount")

            let notFound = try await api.call(.get, "/api/v1/contacts/nope", token: admin)
            #expect(notFound.status == .notFound)

            let badQuery = try await api.call(.get, "/api/v1/accounts?limit=1000&sort=colour&shoeSize=3", token: admin)
            #expect(badQuery.status == .badRequest)
            #expect(
                Set((badQuery.json["errors"] as? [[String: Any]])?.compactMap { $0["field"] as? String } ?? []) == [
                    "limit", "sort", "shoeSize",
                ])

            let badCursor = try await api.call(.get, "/api/v1/accounts?cursor=garbage", token: admin)
            #expect(badCursor.firstErrorField == "cursor")

            let list = try await api.call(.get, "/api/v1/accounts", token: admin)
            #expect((list.json["items"] as? [Any])?.isEmpty == true)
        }
    }

    @Test(arguments: TestDatabase.all)
    func tokensAreRequired(database: TestDatabase) async throws {
        try await APITest.run(database) { api in
            let none = try await api.call(.get, "/api/v1/accounts")
            #expect(none.status == .unauthorized)
            #expect(none.json["code"] as? String == "unauthorized")
            let bad = try await api.call(.get, "/api/v1/accounts", token: "cairn_forged")
            #expect(bad.status == .unauthorized)
            let wrongPassword = try await api.call(
                .post, "/api/v1/auth/login", json: ["email": "x@example.com", "password": "nope-nope"])
            #expect(wrongPassword.status == .unauthorized)
            #expect(wrongPassword.json["code"] as? String == "invalid_credentials")
            let noRoute = try await api.call(.get, "/api/v1/nothing-here")
            #expect(noRoute.status == .notFound)
            let wrongMethod = try await api.call(.put, "/api/v1/accounts/some-id")
            #expect(wrongMethod.status == .methodNotAllowed)
            #expect(wrongMethod.headers[.allow] == "DELETE, GET, PATCH")
            #expect(wrongMethod.json["code"] as? String == "method_not_allowed")
            #expect(noRoute.headers[.contentType]?.hasPrefix("application/problem+json") == true)
        }
    }

    @Test(arguments: TestDatabase.all)
    func apiTokensWorkForIntegrations(database: TestDatabase) async throws {
        try await APITest.run(database) { api in
            let admin = try await api.userToken(email: "admin@example.com", role: "admin", team: nil)
            let created = try await api.call(
                .post, "/api/v1/auth/tokens", token: admin, json: ["name": "ERP", "scopes": ["admin"]])
            #expect(created.status == .created)
            let token = try #require(created.json["token"] as? String)
            let me = try await api.call(.get, "/api/v1/me", token: token)
            #expect(me.json["email"] as? String == "admin@example.com")
            // Answers that carry a token or personal data are never stored by a cache or a browser.
            let login = try await api.call(
                .post, "/api/v1/auth/login", json: ["email": "admin@example.com", "password": "password-123"])
            for answer in [created, me, login] { #expect(answer.headers[.cacheControl] == "no-store") }
            // So do records and errors; behind TLS every answer tells the browser to keep to HTTPS.
            let list = try await api.call(.get, "/api/v1/accounts", token: token)
            let missing = try await api.call(.get, "/api/v1/accounts/nope", token: token)
            #expect(list.headers[.cacheControl] == "no-store" && missing.headers[.cacheControl] == "no-store")
            #expect(list.headers[.strictTransportSecurity] == nil)
            let secure = try await api.call(
                .get, "/api/v1/accounts", token: token, headers: [.init("X-Forwarded-Proto")!: "https"])
            #expect(secure.headers[.strictTransportSecurity] == "max-age=31536000; includeSubDomains")
            let badTeam = try await api.call(
                .post, "/api/v1/users", token: token,
                json: [
                    "email": "new@example.com", "password": "long-enough", "name": "新人", "role": "sales",
                    "team": [String: String](),
                ])
            #expect(badTeam.status == .unprocessableContent)
            #expect(badTeam.firstErrorField == "team")
            let newUser = try await api.call(
                .post, "/api/v1/users", token: token,
                json: [
                    "email": "new@example.com", "password": "long-enough", "name": "新人", "role": "sales", "team": "华东",
                ])
            #expect(newUser.status == .created)
            let taken = try await api.call(
                .post, "/api/v1/users", token: token,
                json: [
                    "email": "NEW@example.com", "password": "long-enough", "name": "新人", "role": "sales",
                ])
            #expect(taken.status == .conflict)
            #expect(taken.firstErrorField == "email")
        }
    }
}
