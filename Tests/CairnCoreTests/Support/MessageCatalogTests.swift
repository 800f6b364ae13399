import Testing

@testable import CairnCore

struct MessageCatalogTests {
    @Test func bothCatalogsHaveTheSameKeys() {
        #expect(Set(MessageCatalog.zhCN.keys) == Set(MessageCatalog.en.keys))
        #expect(Set(MessageCatalog.webZhCN.keys) == Set(MessageCatalog.webEn.keys))
        #expect(Set(MessageCatalog.matchZhCN.keys) == Set(MessageCatalog.matchEn.keys))
        #expect(Set(MessageCatalog.settingsZhCN.keys) == Set(MessageCatalog.settingsEn.keys))
        #expect(Set(MessageCatalog.zhCN.keys).isDisjoint(with: MessageCatalog.webZhCN.keys))
        #expect(Set(MessageCatalog.webZhCN.keys).isDisjoint(with: MessageCatalog.settingsZhCN.keys))
    }

    @Test(arguments: FieldErrorCode.allCases)
    func everyFieldErrorCodeHasAMessage(code: FieldErrorCode) {
        let error = FieldError(field: "name", code: code, parameters: ["reason": "check_digit"])
        for language in Language.allCases {
            let message = MessageCatalog.message(for: error, language)
            #expect(!message.hasPrefix("field_error."), "\(code) has no \(language) message")
        }
    }

    @Test(arguments: Permission.allCases)
    func everyRightIsNamedForAdmins(right: Permission) {
        for language in Language.allCases {
            let key = "web.admin.permission.\(right.rawValue)"
            #expect(MessageCatalog.text(key, language) != key, "\(right) has no \(language) label")
        }
    }

    @Test func everyDeclaredFieldHasALabelInBothLanguages() {
        func keys<Fields: RecordFields>(_: Fields.Type) -> [String] { Fields.fields.map(\.labelKey) }
        let all =
            keys(AccountFields.self) + keys(ContactFields.self) + keys(LeadFields.self) + keys(OpportunityFields.self)
            + keys(ActivityFields.self) + keys(TaskFields.self)
        for key in all {
            #expect(MessageCatalog.zhCN[key] != nil && MessageCatalog.en[key] != nil, "\(key) lacks a label")
        }
    }

    @Test func messagesNameTheFieldInTheUsersLanguage() {
        let error = FieldError(field: "creditCode", code: .invalidCreditCode, parameters: ["reason": "check_digit"])
        #expect(MessageCatalog.message(for: error, .zhCN) == "统一社会信用代码校验位不正确，请核对是否有输错的字符")
        #expect(MessageCatalog.message(for: error, .en).hasPrefix("Unified social credit code has a wrong check digit"))
    }

    @Test(
        arguments: [
            (nil, Language.zhCN), ("en-US,en;q=0.9", .en), ("zh-CN", .zhCN), ("fr-FR, en;q=0.5", .en),
            ("en;q=0.2, zh;q=0.8", .zhCN), ("de", .zhCN),
        ] as [(String?, Language)])
    func acceptLanguagePicksTheBestLanguage(header: String?, expected: Language) {
        #expect(Language.preferred(fromAcceptLanguage: header) == expected)
    }
}
