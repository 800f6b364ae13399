import CairnCore
import Foundation
import Prometheus

/// The queue as `/metrics` shows it, read from the database at each scrape (so every node reports the shared queue
/// exactly): jobs per state, the queue depth (due or waiting for a retry) and the age of the oldest due job. Run times
/// (`cairn_job_run_seconds`) and failures (`cairn_job_failures_total`) are recorded by the runner as they happen.
enum JobGauges {
    static func record(_ statistics: JobStatistics, now: Date, in registry: PrometheusCollectorRegistry) {
        for status in JobEntry.Status.allCases {
            registry.makeGauge(name: "cairn_jobs", labels: [("status", status.rawValue)], help: "Jobs in each state")
                .set(to: Double(statistics.count(status)))
        }
        registry.makeGauge(name: "cairn_jobs_queue_depth", help: "Jobs queued or waiting for a retry")
            .set(to: Double(statistics.count(.queued) + statistics.count(.failed)))
        let age = statistics.oldestDue.map { max(0, now.timeIntervalSince($0)) } ?? 0
        registry.makeGauge(name: "cairn_jobs_oldest_due_age_seconds", help: "How long the longest-waiting due job has waited")
            .set(to: age)
    }
}
