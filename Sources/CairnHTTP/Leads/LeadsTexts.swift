/// The leads inbox: each text in Chinese and English side by side.
enum LeadsTexts {
    static let all: [String: PageText] = [
        "web.leads.amount_hint": PageText(
            "如 120000 或 12万；可以以后再填",
            "E.g. 120000 or 12万; can be filled in later"),
        "web.leads.title": PageText(
            "线索",
            "Leads"),
        "web.leads.scope": PageText(
            "范围",
            "Whose"),
        "web.leads.mine": PageText(
            "我的线索",
            "Mine"),
        "web.leads.team": PageText(
            "团队线索",
            "My team's"),
        "web.leads.empty": PageText(
            "没有符合条件的线索。",
            "No leads match."),
        "web.leads.received": PageText(
            "{duration}前进入",
            "came in {duration} ago"),
        "web.leads.accept": PageText(
            "接受",
            "Accept"),
        "web.leads.convert": PageText(
            "转为客户和商机",
            "Convert"),
        "web.leads.convert_hint": PageText(
            "将创建客户（公司已存在时直接关联）、联系人和一个商机。",
            "Creates an account (or uses the one already linked), a contact and an opportunity."),
        "web.leads.opportunity_name": PageText(
            "商机名称",
            "Opportunity name"),
        "web.leads.disqualify": PageText(
            "标记无效",
            "Disqualify"),
    ]
}
