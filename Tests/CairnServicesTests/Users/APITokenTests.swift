import CairnCore
import CairnServices
import CairnTestSupport
import Foundation
import Testing

struct APITokenTests {
    @Test(arguments: TestDatabase.all)
    func tokensExpireAndShowTheirScopesAndLastUse(database: TestDatabase) async throws {
        let clock = TestClock()
        try await database.withServices(clock: clock) { services in
            let f = try await Fixtures.make(services)
            let auth = services.auth
            let start = clock.now()
            let issued = try await auth.createAPIToken(
                APITokenRequest(name: "BI 报表", scopes: ["accounts:read", "read"], expiresInDays: 30), by: f.eastRep)
            #expect(issued.expiresAt == start.addingTimeInterval(30 * 86_400))
            let defaulted = try await auth.createAPIToken(APITokenRequest(name: "ERP"), by: f.eastRep)
            #expect(defaulted.expiresAt == start.addingTimeInterval(90 * 86_400))
            var listed = try await auth.apiTokens(by: f.eastRep)
            #expect(listed.map(\.name) == ["ERP", "BI 报表"] || listed.map(\.name) == ["BI 报表", "ERP"])
            #expect(listed.first { $0.id == issued.id }?.scopes == ["read", "accounts:read"])
            #expect(listed.first { $0.id == defaulted.id }?.scopes == ["read", "write"])
            #expect(listed.allSatisfy { $0.lastUsedAt == nil && !$0.expired })

            clock.advance(by: 3_600)
            let actor = try await auth.authenticate(token: issued.token)
            #expect(actor.userId == f.eastRep.userId && actor.grant == AccessGrant([.read, .kind(.account, .read)]))
            listed = try await auth.apiTokens(by: f.eastRep)
            #expect(listed.first { $0.id == issued.id }?.lastUsedAt == start.addingTimeInterval(3_600))

            clock.advance(by: 30 * 86_400)
            await #expect(throws: ServiceError.unauthenticated) { try await auth.authenticate(token: issued.token) }
            listed = try await auth.apiTokens(by: f.eastRep)
            #expect(listed.first { $0.id == issued.id }?.expired == true)
            #expect(listed.first { $0.id == defaulted.id }?.expired == false)
        }
    }

    @Test(arguments: TestDatabase.all)
    func badRequestsNameTheField(database: TestDatabase) async throws {
        try await database.withServices { services in
            let f = try await Fixtures.make(services)
            func problems(_ request: APITokenRequest) async -> [FieldError] {
                do {
                    _ = try await services.auth.createAPIToken(request, by: f.eastRep)
                    return []
                } catch let ServiceError.validation(errors) {
                    return errors
                } catch {
                    return [FieldError(field: "unexpected \(error)", code: .invalidValue)]
                }
            }
            #expect(
                await problems(APITokenRequest(name: " ", scopes: ["accounts:delete"], expiresInDays: 366)).map(\.field)
                    == ["name", "scopes", "expiresInDays"])
            #expect(await problems(APITokenRequest(name: "x", scopes: [])).map(\.code) == [.required])
            #expect(await problems(APITokenRequest(name: "x", expiresInDays: 0)).map(\.code) == [.outOfRange])
            #expect(try await services.auth.apiTokens(by: f.eastRep).isEmpty)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aUserHoldsAtMostTwentyLiveTokens(database: TestDatabase) async throws {
        try await database.withServices { services in
            let f = try await Fixtures.make(services)
            var ids: [String] = []
            for index in 1...APITokenPolicy.maximumLive {
                ids.append(try await services.auth.createAPIToken(APITokenRequest(name: "t\(index)"), by: f.eastRep).id)
            }
            let tooMany = ServiceError.conflict([FieldError(field: "tokens", code: .tooMany, parameters: ["max": "20"])])
            await #expect(throws: tooMany) {
                try await services.auth.createAPIToken(APITokenRequest(name: "one more"), by: f.eastRep)
            }
            // Another user is not affected; revoking one makes room.
            _ = try await services.auth.createAPIToken(APITokenRequest(name: "mine"), by: f.eastRep2)
            try await services.auth.revokeAPIToken(ids[0], by: f.eastRep)
            _ = try await services.auth.createAPIToken(APITokenRequest(name: "one more"), by: f.eastRep)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aRevokedTokenIsRefusedAtOnceAndOnlyItsOwnerOrAnAdminRevokes(database: TestDatabase) async throws {
        try await database.withServices { services in
            let f = try await Fixtures.make(services)
            let auth = services.auth
            let issued = try await auth.createAPIToken(APITokenRequest(name: "ERP"), by: f.eastRep)
            // Checked once, so this node remembers it for 30 s.
            _ = try await auth.authenticate(token: issued.token)
            await #expect(throws: ServiceError.forbidden) { try await auth.revokeAPIToken(issued.id, by: f.eastRep2) }
            await #expect(throws: ServiceError.forbidden) { try await auth.apiTokens(of: f.eastRep.userId, by: f.eastRep2) }
            #expect(try await auth.apiTokens(of: f.eastRep.userId, by: f.admin).map(\.id) == [issued.id])
            try await auth.revokeAPIToken(issued.id, by: f.eastRep)
            await #expect(throws: ServiceError.unauthenticated) { try await auth.authenticate(token: issued.token) }
            await #expect(throws: ServiceError.notFound(nil)) { try await auth.revokeAPIToken(issued.id, by: f.admin) }
            #expect(try await auth.apiTokens(by: f.eastRep).isEmpty)
            let second = try await auth.createAPIToken(APITokenRequest(name: "BI"), by: f.eastRep)
            _ = try await auth.authenticate(token: second.token)
            try await auth.revokeAPIToken(second.id, by: f.admin)
            await #expect(throws: ServiceError.unauthenticated) { try await auth.authenticate(token: second.token) }
        }
    }

    @Test(arguments: TestDatabase.all)
    func scopesLimitWhatATokenReachesWithinTheRole(database: TestDatabase) async throws {
        try await database.withServices { services in
            let f = try await Fixtures.make(services)
            let auth = services.auth
            let accountsOnly = try await auth.authenticate(
                token: try await auth.createAPIToken(
                    APITokenRequest(name: "accounts", scopes: ["accounts:write"]), by: f.admin
                ).token)
            let account = try await services.accounts.create(AccountFields(name: "苏州启明软件有限公司"), by: accountsOnly)
            #expect(try await services.accounts.get(account.id, by: accountsOnly).id == account.id)
            await #expect(throws: ServiceError.forbidden) {
                try await services.contacts.create(ContactFields(accountId: account.id, name: "张三"), by: accountsOnly)
            }
            await #expect(throws: ServiceError.forbidden) { try await services.contacts.list(ListRequest(), by: accountsOnly) }
            // Administration needs the admin scope even for an admin.
            await #expect(throws: ServiceError.forbidden) { try await services.users.all(by: accountsOnly) }
            await #expect(throws: ServiceError.forbidden) {
                try await auth.createAPIToken(APITokenRequest(name: "wider", scopes: ["admin"]), by: accountsOnly)
            }
            let readOnly = try await auth.authenticate(
                token: try await auth.createAPIToken(APITokenRequest(name: "read", scopes: ["read"]), by: f.admin).token)
            #expect(try await services.contacts.list(ListRequest(), by: readOnly).items.isEmpty)
            await #expect(throws: ServiceError.forbidden) {
                try await services.accounts.create(AccountFields(name: "杭州云启科技有限公司"), by: readOnly)
            }
            await #expect(throws: ServiceError.forbidden) {
                try await services.accounts.delete(account.id, expectedVersion: nil, by: readOnly)
            }
            #expect(try await services.accounts.list(ListRequest(), by: f.admin).items.map(\.id) == [account.id])
            // A scope never adds to the role: a sales rep's admin token still cannot manage users.
            let repAdmin = try await auth.authenticate(
                token: try await auth.createAPIToken(APITokenRequest(name: "all", scopes: ["admin"]), by: f.eastRep).token)
            await #expect(throws: ServiceError.forbidden) { try await services.users.all(by: repAdmin) }
        }
    }
}
