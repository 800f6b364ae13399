/// The team week: each text in Chinese and English side by side.
enum TeamTexts {
    static let all: [String: PageText] = [
        "web.team.title": PageText(
            "团队周报",
            "Team this week"),
        "web.team.period": PageText(
            "本周（{start} 周一起至今）",
            "This week (from Monday {start} until now)"),
        "web.team.person": PageText(
            "成员",
            "Person"),
        "web.team.total": PageText(
            "合计",
            "Total"),
        "web.team.new_leads": PageText(
            "新线索",
            "New leads"),
        "web.team.follow_ups": PageText(
            "跟进次数",
            "Follow-ups"),
        "web.team.overdue": PageText(
            "逾期任务",
            "Overdue tasks"),
        "web.team.stage_moves": PageText(
            "阶段推进",
            "Stage moves"),
        "web.team.wins": PageText(
            "赢单",
            "Wins"),
        "web.team.won_amount": PageText(
            "赢单金额",
            "Won amount"),
        "web.team.subtotal": PageText(
            "{team} 小计",
            "{team} subtotal"),
    ]
}
