import CairnCore
import CairnServices

/// What a duplicate check found, as a form shows it above its fields: the existing records the user may see with
/// their reasons, a count of the ones out of sight, and whether they block.
enum DuplicatePanel {
    static func render(_ findings: DuplicateFindings, chrome: PageChrome) -> HTMLNode {
        guard !findings.isEmpty else { return .empty }
        let language = chrome.web.language
        return section(.class("duplicates"), HTMLAttribute("role", "alert"), .aria("labelledby", "duplicates-title")) {
            h2(.id("duplicates-title")) { chrome.text("web.duplicates.title") }
            p { chrome.text(findings.blocks ? "web.duplicates.blocking" : "web.duplicates.warning") }
            ul(.class("duplicate-list")) {
                for match in findings.visible {
                    li {
                        if match.kind == .account {
                            a(.href(WebPaths.account(match.id))) { match.name }
                        } else {
                            strong { match.name }
                        }
                        if match.blocks { span(.class("badge blocking")) { chrome.text("web.duplicates.blocks") } }
                        ul(.class("duplicate-reasons")) {
                            for reason in match.reasons {
                                li { MessageCatalog.text(reason.key, language, reason.parameters) }
                            }
                        }
                    }
                }
            }
            if findings.hiddenCount > 0 {
                p(.class("hint")) { chrome.text("web.duplicates.hidden", ["count": String(findings.hiddenCount)]) }
            }
        }
    }

    /// The buttons that go on past the findings: confirm a warning, or override a block with the right.
    static func continueButtons(_ findings: DuplicateFindings, actor: Actor, chrome: PageChrome) -> HTMLNode {
        if !findings.blocks {
            return button(.type("submit"), .name("duplicates"), .value("confirm"), .class("button")) {
                chrome.text("web.duplicates.confirm")
            }
        }
        guard actor.role.allows(.overrideDuplicates) else { return .empty }
        return button(.type("submit"), .name("duplicates"), .value("override"), .class("button danger")) {
            chrome.text("web.duplicates.override")
        }
    }

    /// The policy a submitted form asks for: the first submit refuses on any match, so a person sees it first.
    static func policy(_ form: FormFields) -> DuplicatePolicy {
        switch form["duplicates"] {
        case "confirm": .refuseBlocking
        case "override": .override
        default: .refuseAny
        }
    }
}
