/// The accounts list, saved views and quick add: each text in Chinese and English side by side.
enum AccountTexts {
    static let all: [String: PageText] = [
        "web.quick_add.link": PageText(
            "+ 快速新建",
            "+ Quick add"),
        "web.quick_add.credit_code_hint": PageText(
            "可选；18 位，填了查重最准",
            "Optional; 18 characters, the surest duplicate check"),
        "web.accounts.title": PageText(
            "客户",
            "Accounts"),
        "web.accounts.empty": PageText(
            "没有符合条件的客户。",
            "No accounts match."),
        "web.accounts.search": PageText(
            "搜索",
            "Search"),
        "web.accounts.search_hint": PageText(
            "名称、电话、邮箱或统一社会信用代码",
            "Name, phone, email or credit code"),
        "web.accounts.apply": PageText(
            "查询",
            "Apply"),
        "web.accounts.clear": PageText(
            "清除条件",
            "Clear"),
        "web.quick_add.title": PageText(
            "快速新建客户",
            "Quick add a customer"),
        "web.quick_add.hint": PageText(
            "只需名称、电话和来源渠道，其余资料以后再补。",
            "Name, phone and source channel are enough; fill in the rest later."),
        "web.quick_add.name": PageText(
            "客户名称",
            "Customer name"),
        "web.quick_add.phone_hint": PageText(
            "手机号、带区号的座机，或以 + 开头的国际号码",
            "Mobile, landline with area code, or international starting with +"),
        "web.quick_add.submit": PageText(
            "保存客户",
            "Save customer"),
        "web.quick_add.created": PageText(
            "客户已创建。补全下面列出的资料，客户档案才完整。",
            "Customer created. Fill in the fields listed below to complete the profile."),
        "web.views.title": PageText(
            "我的视图",
            "My views"),
        "web.views.name": PageText(
            "视图名称",
            "View name"),
        "web.views.save": PageText(
            "保存当前视图",
            "Save this view"),
        "web.views.save_open": PageText(
            "保存为视图…",
            "Save as a view…"),
        "web.accounts.count": PageText(
            "共 {n} 个客户",
            "{n} accounts"),
        "web.accounts.count_over": PageText(
            "超过 {n} 个客户，可用搜索或筛选缩小范围",
            "More than {n} accounts; search or filter to narrow them"),
        "web.accounts.filters": PageText(
            "筛选",
            "Filters"),
        "web.accounts.filters_active": PageText(
            "筛选（{n}）",
            "Filters ({n})"),
        "web.views.delete": PageText(
            "删除",
            "Delete"),
        "web.views.delete_named": PageText(
            "删除视图“{name}”",
            "Delete view “{name}”"),
    ]
}
