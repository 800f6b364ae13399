import CairnCore
import CairnServices
import Foundation

/// Background jobs for admins: counts per state and the longest wait, then the queue, the running jobs (followed
/// live while any runs), the failed ones waiting for a retry, the dead ones and the latest finished, each with what
/// can be done about it.
struct JobsPage {
    /// The groups shown, in order; finished and cancelled jobs follow in one list.
    static let shownStatuses: [JobEntry.Status] = [.running, .queued, .failed, .dead]
    /// Jobs listed per group (the counts say when there are more).
    static let perGroup = 50

    let chrome: PageChrome
    let statistics: JobStatistics
    let groups: [JobEntry.Status: [JobEntry]]
    let finished: [JobEntry]
    let now: Date
    var notice: String?
    var problem: String?

    private var language: Language { chrome.web.language }

    func render() -> HTMLNode {
        PageLayout.document(title: chrome.text("web.jobs.title"), chrome: chrome) {
            if let notice { p(.class("notice"), HTMLAttribute("role", "status")) { notice } }
            if let problem { p(.class("form-errors"), HTMLAttribute("role", "alert")) { problem } }
            section(.class("card"), .aria("labelledby", "jobs-summary-heading"), .id("jobs-summary")) {
                h2(.id("jobs-summary-heading")) { chrome.text("web.jobs.summary") }
                p {
                    JobEntry.Status.allCases.map {
                        chrome.text("web.jobs.count", ["status": statusName($0), "n": String(statistics.count($0))])
                    }.joined(separator: " · ")
                }
                p(.class("hint")) {
                    if let oldest = statistics.oldestDue {
                        chrome.text("web.jobs.oldest_due", ["wait": DisplayFormat.duration(from: oldest, to: now, language)])
                    } else {
                        chrome.text("web.jobs.nothing_due")
                    }
                }
            }
            div(.class("grid-2")) {
                for status in Self.shownStatuses { group(status, jobs: groups[status] ?? []) }
            }
            section(.class("card"), .aria("labelledby", "jobs-finished-heading")) {
                h2(.id("jobs-finished-heading")) { chrome.text("web.jobs.group.finished") }
                jobList(finished, id: "jobs-finished")
            }
        }
    }

    private func group(_ status: JobEntry.Status, jobs: [JobEntry]) -> HTMLNode {
        let heading = "jobs-\(status.rawValue)-heading"
        let isLive = status == .running && !jobs.isEmpty
        return section(
            .class("card"), .aria("labelledby", heading), .id("jobs-\(status.rawValue)"),
            isLive ? HTMLAttribute("aria-live", "polite") : nil, isLive ? .data("poll", "2") : nil
        ) {
            h2(.id(heading)) {
                chrome.text("web.jobs.group.\(status.rawValue)", ["n": String(statistics.count(status))])
            }
            jobList(jobs, id: "jobs-\(status.rawValue)-list")
        }
    }

    private func jobList(_ jobs: [JobEntry], id: String) -> HTMLNode {
        guard !jobs.isEmpty else { return p(.class("hint")) { chrome.text("web.jobs.none") } }
        return ul(.class("plain-list job-list"), .id(id)) {
            for job in jobs { item(job) }
        }
    }

    private func item(_ job: JobEntry) -> HTMLNode {
        li(.id("job-\(job.id)")) {
            strong { kindName(job.kind) }
            " · "
            statusName(job.status)
            " · "
            chrome.text("web.jobs.attempts", ["n": String(job.attempts), "max": String(job.maxAttempts)])
            p(.class("hint")) {
                facts(job)
            }
            if let error = job.lastError, job.status != .done {
                p(.class("hint job-error")) { chrome.text("web.jobs.last_error", ["error": String(error.prefix(300))]) }
            }
            actions(job)
        }
    }

    private func facts(_ job: JobEntry) -> String {
        var facts: [String] = []
        switch job.status {
        case .queued, .failed:
            facts.append(chrome.text("web.jobs.run_at", ["time": DisplayFormat.dateTime(job.runAt)]))
        case .running:
            facts.append(
                chrome.text(
                    "web.jobs.running_on",
                    ["node": job.leaseOwner ?? "?", "time": job.leaseExpiresAt.map(DisplayFormat.dateTime) ?? "?"]))
            if job.progressTotal > 0 {
                facts.append(
                    chrome.text("web.jobs.progress", ["done": String(job.progressDone), "total": String(job.progressTotal)]))
            }
        case .done, .dead, .cancelled:
            facts.append(chrome.text("web.jobs.ended_at", ["time": DisplayFormat.dateTime(job.finishedAt ?? job.updatedAt)]))
        }
        facts.append(chrome.text("web.jobs.created_at", ["time": DisplayFormat.dateTime(job.createdAt)]))
        return facts.joined(separator: " · ")
    }

    private func actions(_ job: JobEntry) -> HTMLNode {
        let name = kindName(job.kind)
        return div(.class("job-actions")) {
            if job.retried(now: now) != nil {
                form(HTMLAttribute("method", "post"), HTMLAttribute("action", WebPaths.jobRetry(job.id))) {
                    FormControls.tokenField(chrome.web)
                    button(.type("submit"), .class("button"), .aria("label", chrome.text("web.jobs.retry_named", ["job": name])))
                    {
                        chrome.text("web.jobs.retry")
                    }
                }
            }
            if job.cancelled(now: now) != nil {
                form(HTMLAttribute("method", "post"), HTMLAttribute("action", WebPaths.jobCancel(job.id))) {
                    FormControls.tokenField(chrome.web)
                    button(
                        .type("submit"), .class("button"), .aria("label", chrome.text("web.jobs.cancel_named", ["job": name]))
                    ) {
                        chrome.text("web.jobs.cancel")
                    }
                }
            }
        }
    }

    private func statusName(_ status: JobEntry.Status) -> String { chrome.text("web.jobs.status.\(status.rawValue)") }

    /// The kind's name in the reader's language, or its stored name for kinds without one (test kinds).
    private func kindName(_ kind: String) -> String {
        let key = "web.jobs.kind.\(kind)"
        let text = chrome.text(key)
        return text == key ? kind : text
    }
}
