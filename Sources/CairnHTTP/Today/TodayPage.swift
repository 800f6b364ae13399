import CairnCore
import Foundation

/// 今日必做: the ranked things to do now, each with its one-click action.
struct TodayPage {
    let chrome: PageChrome
    let items: [TodayItem]
    let now: Date
    /// Whether more items wait beyond those shown.
    var hasMore = false
    /// Whether the reader asked for all of them (up to `allLimit`).
    var showsAll = false
    /// What the last action did ("done", "logged").
    var notice: String?

    /// The most items the page shows when asked for all.
    static let allLimit = 100

    private var web: WebState { chrome.web }

    func render() -> HTMLNode {
        PageLayout.document(title: chrome.text("web.today.title"), chrome: chrome) {
            if let notice { p(.class("notice"), HTMLAttribute("role", "status")) { notice } }
            if items.isEmpty {
                p(.class("empty-state")) { chrome.text("web.today.empty") }
            } else {
                p(.class("lead-in")) {
                    chrome.text(hasMore ? "web.today.count_more" : "web.today.count", ["n": String(items.count)])
                }
                ol(.class("today-list"), .id("today-list")) {
                    for (index, item) in items.enumerated() { row(item, index: index) }
                }
                if hasMore && !showsAll {
                    p {
                        a(.href(WebPaths.with(WebPaths.today, [("all", "1")])), .id("today-more")) {
                            chrome.text("web.today.more")
                        }
                    }
                }
            }
        }
    }

    private func row(_ item: TodayItem, index: Int) -> HTMLNode {
        li(.class("today-item reason-\(item.reason.rawValue)"), .data("record", item.recordId)) {
            div(.class("today-what")) {
                span(.class("badge")) { chrome.text("web.today.reason.\(item.reason.rawValue)") }
                strong(.class("today-title")) { item.title }
                if let name = item.accountName {
                    if let accountId = item.accountId {
                        a(.class("account-link"), .href(WebPaths.account(accountId))) { name }
                    } else {
                        span(.class("account-link")) { name }
                    }
                }
                small(.class("waited")) { waitText(item) }
            }
            div(.class("today-actions")) { actions(item, index: index) }
        }
    }

    private func waitText(_ item: TodayItem) -> String {
        let waited = DisplayFormat.duration(from: item.since, to: now, web.language)
        switch item.reason {
        case .leadAwaitingFirstContact, .customerAwaitingReply:
            return chrome.text("web.today.waited", ["duration": waited])
        case .taskOverdue:
            return chrome.text("web.today.overdue_by", ["duration": waited])
        case .taskDueToday:
            return chrome.text("web.today.due_at", ["time": DisplayFormat.time(item.since)])
        case .dealWithoutActivity:
            let amount = item.amount.map(DisplayFormat.money) ?? ""
            return chrome.text("web.today.quiet_for", ["duration": waited, "amount": amount])
        }
    }

    @HTMLBuilder private func actions(_ item: TodayItem, index: Int) -> [HTMLNode] {
        switch item.reason {
        case .leadAwaitingFirstContact:
            ActivityQuickForm(
                leadId: item.leadId, buttonLabel: chrome.text("web.today.action.log_call"), back: WebPaths.today,
                idPrefix: "today-\(index)"
            ).render(web)
        case .customerAwaitingReply:
            ActivityQuickForm(
                accountId: item.accountId, opportunityId: item.opportunityId, kind: .wechat,
                buttonLabel: chrome.text("web.today.action.log_reply"), back: WebPaths.today, idPrefix: "today-\(index)"
            ).render(web)
        case .taskOverdue, .taskDueToday:
            form(HTMLAttribute("method", "post"), HTMLAttribute("action", WebPaths.taskDone(item.recordId))) {
                FormControls.tokenField(web)
                input(.type("hidden"), .name("back"), .value(WebPaths.today))
                input(.type("hidden"), .name("version"), .value(String(item.recordVersion)))
                button(.type("submit"), .class("button")) { chrome.text("web.today.action.done") }
            }
        case .dealWithoutActivity:
            ActivityQuickForm(
                accountId: item.accountId, opportunityId: item.opportunityId,
                buttonLabel: chrome.text("web.today.action.log_follow_up"), back: WebPaths.today,
                idPrefix: "today-\(index)"
            ).render(web)
        }
        if let accountId = item.accountId {
            a(.class("button subtle"), .href(WebPaths.account(accountId))) { chrome.text("web.today.action.open") }
        }
    }
}
