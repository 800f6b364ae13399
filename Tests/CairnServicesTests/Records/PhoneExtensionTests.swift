import CairnCore
import CairnServices
import CairnTestSupport
import Foundation
import Testing

struct PhoneExtensionTests {
    /// "010-6552 1234 转 8" is taken and kept with its extension; the duplicate check compares the line itself.
    @Test(arguments: TestDatabase.all)
    func aPhoneWithAnExtensionIsKeptAndMatchesItsLine(database: TestDatabase) async throws {
        try await database.withServices { services in
            let f = try await Fixtures.make(services)
            let account = try await services.accounts.create(
                AccountFields(name: "北京某某科技有限公司", phone: "010-6552 1234 转 8"), by: f.eastRep)
            #expect(account.fields.phone == "+861065521234;ext=8")
            let findings = try await services.accounts.duplicates(
                of: AccountFields(name: "某某科技（北京）", phone: "(010) 6552 1234"), by: f.eastRep)
            #expect(findings.visible.map(\.id) == [account.id])
        }
    }
}
