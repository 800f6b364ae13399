/// The Today page (今日必做): each text in Chinese and English side by side.
enum TodayTexts {
    static let all: [String: PageText] = [
        "web.today.title": PageText(
            "今日必做",
            "Today"),
        "web.today.empty": PageText(
            "今天没有待办事项。去客户列表看看谁值得联系吧。",
            "Nothing waiting today. Look through your accounts for someone worth a call."),
        "web.today.count": PageText(
            "按紧急程度排序，共 {n} 项。",
            "{n} items, most urgent first."),
        "web.today.count_more": PageText(
            "最紧急的 {n} 项，还有更多。",
            "The {n} most urgent items; there are more."),
        "web.today.more": PageText(
            "显示全部待办",
            "Show everything to do"),
        "web.today.done_notice": PageText(
            "已完成，已从列表移除。",
            "Done, and off the list."),
        "web.today.logged_notice": PageText(
            "跟进已记录。",
            "Follow-up logged."),
        "web.today.waited": PageText(
            "已等待 {duration}",
            "waiting {duration}"),
        "web.today.overdue_by": PageText(
            "已逾期 {duration}",
            "overdue by {duration}"),
        "web.today.due_at": PageText(
            "今天 {time} 到期",
            "due {time}"),
        "web.today.quiet_for": PageText(
            "{amount} · {duration} 无跟进",
            "{amount} · no activity for {duration}"),
        "web.today.reason.lead_awaiting_first_contact": PageText(
            "新线索待首次联系",
            "New lead, not yet contacted"),
        "web.today.reason.customer_awaiting_reply": PageText(
            "客户等待回复",
            "Customer waiting for a reply"),
        "web.today.reason.task_overdue": PageText(
            "任务已逾期",
            "Task overdue"),
        "web.today.reason.task_due_today": PageText(
            "任务今天到期",
            "Task due today"),
        "web.today.reason.deal_without_activity": PageText(
            "商机 7 天无跟进",
            "Deal quiet for 7 days"),
        "web.today.action.log_call": PageText(
            "记录通话",
            "Log call"),
        "web.today.action.log_reply": PageText(
            "记录回复",
            "Log reply"),
        "web.today.action.done": PageText(
            "完成",
            "Done"),
        "web.today.action.log_follow_up": PageText(
            "记录跟进",
            "Log follow-up"),
        "web.today.action.open": PageText(
            "打开客户",
            "Open account"),
    ]
}
