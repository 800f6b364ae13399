import Foundation
import Testing

@testable import CairnCore

struct AccountValidationTests {
    @Test func normalizesAValidAccount() throws {
        let account = try AccountFields(
            name: "  上海瑞丰精密仪器有限公司 ", creditCode: "91350100m000100y43", phone: "021-6552 1234",
            email: " Sales@RuiFeng.CN ", industry: "c", province: "上海", city: "上海", tier: .a
        ).validated()
        #expect(account.name == "上海瑞丰精密仪器有限公司")
        #expect(account.creditCode == "91350100M000100Y43")
        #expect(account.phone == "+862165521234")
        #expect(account.email == "sales@ruifeng.cn")
        #expect(account.industry == "C")
        #expect(account.province == "上海市")
        #expect(account.tier == .a)
        #expect(account.status == .prospect)
    }

    @Test func reportsEveryProblemAtOnce() throws {
        let json = """
            {"name": " ", "creditCode": "91350100M000100Y44", "phone": "12345", "email": "a@b", "industry": "Z",
             "tier": "x", "status": "happy", "source": " referral "}
            """
        do {
            _ = try RecordJSON.decoder().decode(AccountFields.self, from: Data(json.utf8))
            Issue.record("expected a failure")
        } catch let failure as ValidationFailure {
            #expect(failure.errors.map(\.field) == ["name", "creditCode", "phone", "email", "industry", "tier", "status"])
            #expect(
                failure.errors[1]
                    == FieldError(field: "creditCode", code: .invalidCreditCode, parameters: ["reason": "check_digit"]))
            #expect(failure.errors[6].parameters["allowed"] == "prospect, active, dormant, churned")
        }
        // A choice is trimmed and, for tiers, upper-cased before it is compared.
        let fixed = json.replacingOccurrences(of: "\"x\"", with: "\" b \"")
        let decoded = try? RecordJSON.decoder().decode(AccountFields.self, from: Data(fixed.utf8))
        #expect(decoded == nil)
    }

    @Test func rejectsOverLongNames() throws {
        let fields = AccountFields(name: String(repeating: "长", count: 201))
        do {
            _ = try fields.validated()
            Issue.record("expected a failure")
        } catch {
            #expect(error.errors == [FieldError(field: "name", code: .tooLong, parameters: ["max": "200"])])
        }
    }
}
