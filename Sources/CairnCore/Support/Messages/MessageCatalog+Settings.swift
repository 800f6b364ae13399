extension MessageCatalog {
    /// Field names of the settings and password forms (they name fields in API errors too), in Chinese.
    public static let settingsZhCN: [String: String] = [
        "field.currentPassword": "当前密码",
        "field.newPassword": "新密码",
        "field.scopes": "权限范围",
        "field.expiresInDays": "有效天数",
        "field.tokens": "API 令牌",
        "field.userId": "用户",
    ]

    /// Field names of the settings and password forms (they name fields in API errors too), in English.
    public static let settingsEn: [String: String] = [
        "field.currentPassword": "Current password",
        "field.newPassword": "New password",
        "field.scopes": "Scopes",
        "field.expiresInDays": "Days valid",
        "field.tokens": "API tokens",
        "field.userId": "User",
    ]
}
