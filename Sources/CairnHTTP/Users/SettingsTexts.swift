/// The texts of the settings page (password, API tokens) and the admin's password reset, each in Chinese and English
/// side by side.
enum SettingsTexts {
    static let all: [String: PageText] = [
        "web.settings.title": PageText(
            "我的设置",
            "My settings"),
        "web.settings.open": PageText(
            "我的设置（{name}）",
            "My settings ({name})"),
        "web.password.heading": PageText(
            "修改密码",
            "Change password"),
        "web.password.save": PageText(
            "修改密码",
            "Change password"),
        "web.password.changed": PageText(
            "密码已修改。其他设备上的登录已全部退出，本设备保持登录。",
            "Password changed. You were signed out everywhere else; this device stays signed in."),
        "web.tokens.heading": PageText(
            "API 令牌（{n}）",
            "API tokens ({n})"),
        "web.tokens.intro": PageText(
            "供其他系统（ERP、报表、官网表单）调用 Cairn 接口。令牌的权限不会超过你的角色，到期或吊销后立即失效。",
            "For other systems (ERP, reports, web forms) to call Cairn's API. A token never does more than your role allows, and stops at once when it expires or is revoked."
        ),
        "web.tokens.none": PageText(
            "还没有 API 令牌。",
            "No API tokens yet."),
        "web.tokens.new": PageText(
            "新建令牌",
            "New token"),
        "web.tokens.name": PageText(
            "用途",
            "Purpose"),
        "web.tokens.name_hint": PageText(
            "例如“ERP 同步”，便于日后识别",
            "E.g. “ERP sync”, so you recognise it later"),
        "web.tokens.expires_hint": PageText(
            "1–365 天，默认 90 天",
            "1–365 days, 90 by default"),
        "web.tokens.scopes_hint": PageText(
            "只勾选需要的权限；“管理”包括用户、令牌、任务与合并",
            "Tick only what is needed; “admin” covers users, tokens, jobs and merges"),
        "web.tokens.create": PageText(
            "创建令牌",
            "Create token"),
        "web.tokens.created": PageText(
            "令牌“{name}”已创建。请现在复制保存，离开本页后无法再次查看：",
            "Token “{name}” created. Copy it now — it cannot be shown again after you leave this page:"),
        "web.tokens.revoke": PageText(
            "吊销",
            "Revoke"),
        "web.tokens.revoke_named": PageText(
            "吊销令牌“{name}”",
            "Revoke token “{name}”"),
        "web.tokens.revoked": PageText(
            "令牌已吊销，立即失效。",
            "Token revoked; it stopped working at once."),
        "web.tokens.created_at": PageText(
            "创建于 {time}",
            "Created {time}"),
        "web.tokens.expires_at": PageText(
            "{time} 到期",
            "Expires {time}"),
        "web.tokens.expired": PageText(
            "已过期",
            "Expired"),
        "web.tokens.never_expires": PageText(
            "永不过期（旧令牌，建议吊销后重建）",
            "Never expires (an old token: revoke it and make a new one)"),
        "web.tokens.last_used": PageText(
            "最近使用 {time}",
            "Last used {time}"),
        "web.tokens.never_used": PageText(
            "从未使用",
            "Never used"),
        "web.tokens.scope.read": PageText(
            "读取全部",
            "Read everything"),
        "web.tokens.scope.write": PageText(
            "读写全部",
            "Read and change everything"),
        "web.tokens.scope.admin": PageText(
            "管理（角色允许的一切）",
            "Admin (all your role allows)"),
        "web.tokens.scope.read_kind": PageText(
            "{kind}：只读",
            "{kind}: read"),
        "web.tokens.scope.write_kind": PageText(
            "{kind}：读写",
            "{kind}: read and change"),
        "web.tokens.kind.accounts": PageText(
            "客户",
            "Accounts"),
        "web.tokens.kind.contacts": PageText(
            "联系人",
            "Contacts"),
        "web.tokens.kind.leads": PageText(
            "线索",
            "Leads"),
        "web.tokens.kind.opportunities": PageText(
            "商机",
            "Opportunities"),
        "web.tokens.kind.activities": PageText(
            "活动",
            "Activities"),
        "web.tokens.kind.tasks": PageText(
            "任务",
            "Tasks"),
        "web.admin.reset_password": PageText(
            "重置用户密码",
            "Reset a user's password"),
        "web.admin.reset_user": PageText(
            "用户",
            "User"),
        "web.admin.reset_hint": PageText(
            "用于忘记密码的同事：该用户的所有登录会立即退出。请当面或电话告知新密码，并请对方登录后修改。",
            "For a colleague who forgot theirs: all their sessions end at once. Tell them the new password in person or by phone and ask them to change it."
        ),
        "web.admin.reset_done": PageText(
            "密码已重置，该用户的所有登录已退出。",
            "Password reset; the user was signed out everywhere."),
    ]
}
