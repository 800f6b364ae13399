import Testing

@testable import CairnCore

struct AccountValidationTests {
    @Test func normalizesAValidAccount() throws {
        let account = try AccountFields(
            name: "  上海瑞丰精密仪器有限公司 ", creditCode: "91350100m000100y43", phone: "021-6552 1234",
            email: " Sales@RuiFeng.CN ", industry: "c", province: "上海", city: "上海", tier: "a"
        ).validated()
        #expect(account.name == "上海瑞丰精密仪器有限公司")
        #expect(account.creditCode == "91350100M000100Y43")
        #expect(account.phone == "+862165521234")
        #expect(account.email == "sales@ruifeng.cn")
        #expect(account.industry == "C")
        #expect(account.province == "上海市")
        #expect(account.tier == "A")
        #expect(account.status == "prospect")
    }

    @Test func reportsEveryProblemAtOnce() {
        let fields = AccountFields(
            name: " ", creditCode: "91350100M000100Y44", phone: "12345", email: "a@b", industry: "Z", tier: "X",
            status: "happy")
        #expect(throws: ValidationFailure.self) { try fields.validated() }
        do {
            _ = try fields.validated()
        } catch {
            #expect(error.errors.map(\.field) == ["name", "creditCode", "phone", "email", "industry", "tier", "status"])
            #expect(
                error.errors[1]
                    == FieldError(field: "creditCode", code: .invalidCreditCode, parameters: ["reason": "check_digit"]))
        }
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
