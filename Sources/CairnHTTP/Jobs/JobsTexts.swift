/// The texts of the background jobs page and its link, each in Chinese and English side by side.
enum JobsTexts {
    static let all: [String: PageText] = [
        "web.admin.jobs": PageText(
            "后台任务：队列、运行与失败",
            "Background jobs: queue, running and failed"),
        "web.jobs.title": PageText(
            "后台任务",
            "Background jobs"),
        "web.jobs.summary": PageText(
            "概况",
            "Overview"),
        "web.jobs.count": PageText(
            "{status} {n}",
            "{status}: {n}"),
        "web.jobs.oldest_due": PageText(
            "最久的到期任务已等待 {wait}",
            "The longest-waiting due job has waited {wait}"),
        "web.jobs.nothing_due": PageText(
            "没有等待执行的到期任务",
            "No due job is waiting"),
        "web.jobs.group.running": PageText(
            "运行中（{n}）",
            "Running ({n})"),
        "web.jobs.group.queued": PageText(
            "排队中（{n}）",
            "Queued ({n})"),
        "web.jobs.group.failed": PageText(
            "失败待重试（{n}）",
            "Failed, to be retried ({n})"),
        "web.jobs.group.dead": PageText(
            "已放弃（{n}）",
            "Dead ({n})"),
        "web.jobs.group.finished": PageText(
            "最近结束",
            "Recently ended"),
        "web.jobs.none": PageText(
            "没有任务。",
            "None."),
        "web.jobs.status.queued": PageText(
            "排队中",
            "queued"),
        "web.jobs.status.running": PageText(
            "运行中",
            "running"),
        "web.jobs.status.failed": PageText(
            "失败待重试",
            "failed, to be retried"),
        "web.jobs.status.done": PageText(
            "已完成",
            "done"),
        "web.jobs.status.dead": PageText(
            "已放弃",
            "dead"),
        "web.jobs.status.cancelled": PageText(
            "已取消",
            "cancelled"),
        "web.jobs.attempts": PageText(
            "第 {n}/{max} 次尝试",
            "attempt {n} of {max}"),
        "web.jobs.last_error": PageText(
            "最近错误：{error}",
            "Last error: {error}"),
        "web.jobs.run_at": PageText(
            "计划于 {time}",
            "due {time}"),
        "web.jobs.running_on": PageText(
            "在 {node} 上运行，租约至 {time}",
            "running on {node}, lease until {time}"),
        "web.jobs.progress": PageText(
            "进度 {done}/{total}",
            "progress {done}/{total}"),
        "web.jobs.ended_at": PageText(
            "结束于 {time}",
            "ended {time}"),
        "web.jobs.created_at": PageText(
            "创建于 {time}",
            "created {time}"),
        "web.jobs.retry": PageText(
            "重试",
            "Retry"),
        "web.jobs.cancel": PageText(
            "取消",
            "Cancel"),
        "web.jobs.retry_named": PageText(
            "重试：{job}",
            "Retry {job}"),
        "web.jobs.cancel_named": PageText(
            "取消：{job}",
            "Cancel {job}"),
        "web.jobs.retried": PageText(
            "任务已重新排队。",
            "The job is queued again."),
        "web.jobs.cancelled": PageText(
            "任务已取消。",
            "The job is cancelled."),
        "web.jobs.not_now": PageText(
            "该任务现在的状态是「{status}」，不能这样操作。",
            "The job is now {status}; that cannot be done to it."),
        "web.jobs.kind.duplicates.scan": PageText(
            "查重扫描",
            "Duplicate scan"),
    ]
}
