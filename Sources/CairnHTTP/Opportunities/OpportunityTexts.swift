/// The pipeline board and the deal pages: each text in Chinese and English side by side.
enum OpportunityTexts {
    static let all: [String: PageText] = [
        "web.deal.new": PageText(
            "添加商机",
            "Add an opportunity"),
        "web.deal.add": PageText(
            "+ 添加商机",
            "+ Add an opportunity"),
        "web.deal.on_board": PageText(
            "在商机看板上查看和推进",
            "See and move it on the pipeline board"),
        "web.deal.history": PageText(
            "阶段变化",
            "Stage history"),
        "web.pipeline.moved": PageText(
            "「{name}」已移到「{stage}」。",
            "“{name}” moved to {stage}."),
        "web.pipeline.not_moved": PageText(
            "「{name}」没有移动：{why}",
            "“{name}” was not moved: {why}"),
        "web.pipeline.undo": PageText(
            "撤销",
            "Undo"),
        "web.pipeline.undo_named": PageText(
            "撤销，移回「{stage}」",
            "Undo, back to {stage}"),
        "web.pipeline.title": PageText(
            "商机看板",
            "Pipeline"),
        "web.pipeline.hint": PageText(
            "用卡片上的选择框和“移动”按钮换阶段，也可以把卡片拖到另一列。",
            "Change a deal's stage with the menu and Move button on its card, or drag the card to another column."),
        "web.pipeline.total": PageText(
            "{n} 个 · {amount}",
            "{n} deals · {amount}"),
        "web.pipeline.more": PageText(
            "另有 {n} 个未显示",
            "{n} more not shown"),
        "web.pipeline.move": PageText(
            "移动",
            "Move"),
        "web.pipeline.move_label": PageText(
            "“{name}”移到阶段",
            "Move “{name}” to stage"),
        "web.pipeline.loss_reason_if_lost": PageText(
            "输单原因（输单时必填）",
            "Loss reason (if lost)"),
    ]
}
