import CairnCore

/// Moving a deal to another stage, as the board's cards and the deal page offer it: the list starts on the next open
/// stage (never won or lost, which a person must choose), with the loss reason beside it for a lost deal.
struct StageMoveForm {
    let deal: Stored<OpportunityFields>
    /// Where to come back to after the move.
    let back: String
    /// A refused move of this deal: the stage chosen (kept) and why it was refused, said on the card.
    var refused: (stage: String, messages: [String])?

    func render(_ chrome: PageChrome) -> HTMLNode {
        let fields = deal.fields
        let language = chrome.web.language
        let selectId = "move-\(deal.id)"
        let chosen = refused.map { StageKey($0.stage) } ?? Self.nextStage(after: fields.stage)
        return form(
            HTMLAttribute("method", "post"), HTMLAttribute("action", WebPaths.opportunityMove(deal.id)),
            .class("move-form")
        ) {
            FormControls.tokenField(chrome.web)
            input(.type("hidden"), .name("back"), .value(back))
            input(.type("hidden"), .name("version"), .value(String(deal.meta.version)))
            label(.for(selectId), .class("visually-hidden")) { chrome.text("web.pipeline.move_label", ["name": fields.name]) }
            select(.id(selectId), .name("stage")) {
                for stage in Pipeline.standard.stages {
                    option(.value(stage.key.rawValue), stage.key == chosen ? .flag("selected") : nil) {
                        PipelineText.stageName(stage.key, language)
                    }
                }
            }
            label(.for("\(selectId)-reason"), .class("visually-hidden")) { chrome.text("field.lossReason") }
            select(
                .id("\(selectId)-reason"), .name("lossReason"), .class("loss-reason"),
                refused == nil ? nil : .aria("invalid", "true"),
                refused == nil ? nil : .aria("describedby", "\(selectId)-error")
            ) {
                option(.value("")) { chrome.text("web.pipeline.loss_reason_if_lost") }
                for reason in LossReason.allCases {
                    option(.value(reason.rawValue)) { language == .zhCN ? reason.nameZh : reason.nameEn }
                }
            }
            if let refused {
                p(.class("error"), .id("\(selectId)-error"), HTMLAttribute("role", "alert")) {
                    refused.messages.joined(separator: "；")
                }
            }
            button(.type("submit"), .class("button move-button")) { chrome.text("web.pipeline.move") }
        }
    }

    /// The stage the move list starts on: the following open stage, or the deal's own from the last open one —
    /// never won or lost, which a person must choose (one careless click must not close a deal).
    static func nextStage(after key: StageKey, in pipeline: Pipeline = .standard) -> StageKey {
        let stages = pipeline.stages
        guard let index = stages.firstIndex(where: { $0.key == key }), index + 1 < stages.count,
            stages[index + 1].outcome == .open
        else { return key }
        return stages[index + 1].key
    }
}

/// What a move did, said where it was made, with a button that puts the deal back where it was.
struct StageMoveNotice {
    let deal: Stored<OpportunityFields>
    /// The stage the deal came from (the latest change that brought it to its stage).
    let previous: StageKey?
    let back: String

    func render(_ chrome: PageChrome) -> HTMLNode {
        let language = chrome.web.language
        return div(.class("notice"), HTMLAttribute("role", "status"), .id("move-notice")) {
            chrome.text(
                "web.pipeline.moved",
                ["name": deal.fields.name, "stage": PipelineText.stageName(deal.fields.stage, language)])
            if let previous {
                form(
                    HTMLAttribute("method", "post"), HTMLAttribute("action", WebPaths.opportunityMove(deal.id)),
                    .class("inline")
                ) {
                    FormControls.tokenField(chrome.web)
                    input(.type("hidden"), .name("back"), .value(back))
                    input(.type("hidden"), .name("version"), .value(String(deal.meta.version)))
                    input(.type("hidden"), .name("stage"), .value(previous.rawValue))
                    if let reason = deal.fields.lossReason {
                        input(.type("hidden"), .name("lossReason"), .value(reason.rawValue))
                    }
                    " "
                    button(
                        .type("submit"), .class("link-button"), .id("undo-move"),
                        .aria(
                            "label", chrome.text("web.pipeline.undo_named", ["stage": PipelineText.stageName(previous, language)])
                        )
                    ) { chrome.text("web.pipeline.undo") }
                }
            }
        }
    }

    /// The stage a deal was in before its latest move, from its history (oldest first).
    static func previousStage(of deal: Stored<OpportunityFields>, history: [StageChange]) -> StageKey? {
        history.last { $0.toStage == deal.fields.stage }?.fromStage
    }
}
