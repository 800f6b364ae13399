import CairnCore
import CairnServices
import Foundation

/// Duplicate review for admins: the latest batch scan (with its progress while it runs) and the clusters it found,
/// each with its accounts, the reasons, and a way to review and merge them.
struct DuplicatesPage {
    let chrome: PageChrome
    let scan: DuplicateScanEntry?
    let clusters: [DuplicateCluster]
    let page: Int
    let ownerNames: [String: String]
    var notice: String?
    /// Why the last action failed.
    var problem: String?

    private var language: Language { chrome.web.language }
    private var isRunning: Bool { scan?.status == .running }

    func render() -> HTMLNode {
        PageLayout.document(title: chrome.text("web.duplicates.page_title"), chrome: chrome) {
            if let notice { p(.class("notice"), HTMLAttribute("role", "status")) { notice } }
            if let problem { p(.class("form-errors"), HTMLAttribute("role", "alert")) { problem } }
            section(
                .class("card"), .aria("labelledby", "scan-heading"), .id("scan-status"), HTMLAttribute("aria-live", "polite"),
                isRunning ? .data("poll", "2") : nil
            ) {
                h2(.id("scan-heading")) { chrome.text("web.duplicates.scan_heading") }
                status()
                form(HTMLAttribute("method", "post"), HTMLAttribute("action", WebPaths.duplicateScan)) {
                    FormControls.tokenField(chrome.web)
                    button(.type("submit"), .class("button primary"), isRunning ? .flag("disabled") : nil) {
                        chrome.text("web.duplicates.scan_now")
                    }
                }
            }
            if scan?.status == .done && clusters.isEmpty {
                p(.class("empty-state")) { chrome.text("web.duplicates.none") }
            }
            ul(.class("plain-list"), .id("cluster-list")) {
                for cluster in clusters { clusterCard(cluster) }
            }
            if let scan, (page + 1) * DuplicateScanService.clustersPerPage < scan.clusters {
                a(.class("button"), .href(WebPaths.with(WebPaths.duplicates, [("page", String(page + 1))]))) {
                    chrome.text("web.pager.next")
                }
            }
        }
    }

    private func status() -> HTMLNode {
        guard let scan else { return p(.class("hint")) { chrome.text("web.duplicates.never") } }
        switch scan.status {
        case .running:
            let label = chrome.text("web.duplicates.phase.\(scan.phase)")
            // Before the scan knows how many records there are, the bar only says it is working (never "0 / 0").
            let counted = scan.total > 0
            let figures = counted ? "\(scan.done) / \(scan.total)" : chrome.text("web.duplicates.starting")
            return div {
                p { chrome.text("web.duplicates.running", ["phase": label]) }
                HTMLNode.element(
                    "progress",
                    (counted ? [HTMLAttribute("max", String(scan.total)), .value(String(scan.done))] : [])
                        + [.aria("label", label)], [.text(figures)])
                p(.class("hint")) { figures }
            }
        case .done:
            return p {
                chrome.text(
                    "web.duplicates.finished",
                    [
                        "time": DisplayFormat.dateTime(scan.finishedAt ?? scan.startedAt),
                        "records": String(scan.records), "clusters": String(scan.clusters),
                    ])
            }
        case .failed:
            return p(.class("form-errors"), HTMLAttribute("role", "alert")) {
                chrome.text("web.duplicates.failed", ["failure": scan.failure ?? ""])
            }
        }
    }

    private func clusterCard(_ cluster: DuplicateCluster) -> HTMLNode {
        let names = Dictionary(uniqueKeysWithValues: cluster.members.map { ($0.id, $0.fields.name) })
        return li(.class("card cluster"), .id("cluster-\(cluster.number)")) {
            h3 { chrome.text("web.duplicates.cluster", ["n": String(cluster.number), "count": String(cluster.members.count)]) }
            Tables.scrollableRegion(label: chrome.text("web.duplicates.cluster_members")) {
                table {
                    thead {
                        tr {
                            for key in [
                                "field.name", "field.phone", "field.email", "field.creditCode", "field.city", "field.ownerId",
                            ] {
                                th(HTMLAttribute("scope", "col")) { chrome.text(key) }
                            }
                        }
                    }
                    tbody {
                        for member in cluster.members {
                            tr {
                                td { a(.href(WebPaths.account(member.id))) { member.fields.name } }
                                td { DisplayFormat.phone(member.fields.phone) }
                                td { member.fields.email ?? "" }
                                td { member.fields.creditCode ?? "" }
                                td { member.fields.city ?? member.fields.province ?? "" }
                                td { ownerNames[member.meta.ownerId] ?? "" }
                            }
                        }
                    }
                }
            }
            ul(.class("duplicate-reasons")) {
                for pair in cluster.pairs {
                    li {
                        "\(names[pair.leftId] ?? "") ↔ \(names[pair.rightId] ?? "")："
                        pair.reasons.map { MessageCatalog.text($0.key, language, $0.parameters) }
                            .joined(separator: language == .zhCN ? "；" : "; ")
                    }
                }
            }
            a(
                .class("button primary"),
                .href(WebPaths.with(WebPaths.mergeReview, [("ids", cluster.members.map(\.id).joined(separator: ","))]))
            ) { chrome.text("web.duplicates.review") }
        }
    }
}
