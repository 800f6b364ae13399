import CairnCore
import CairnMatching
import CairnStore
import Foundation
import Synchronization

/// The job kind that runs a duplicate scan (`DuplicateScanService.start` enqueues it).
struct DuplicateScanJob: JobKind {
    static let name = "duplicates.scan"

    /// Which scan to run.
    struct Payload: Codable {
        var scanId: String
    }

    let scans: DuplicateScanService
    var name: String { Self.name }

    func perform(_ job: RunningJob) async throws -> JobEffect {
        try await scans.perform(scanId: try job.payload(Payload.self).scanId, job: job)
    }

    func stopped(_ job: JobEntry, in session: StoreSession) async throws {
        guard let payload = try? JSONDecoder().decode(Payload.self, from: Data(job.payload.utf8)) else { return }
        try await scans.stopped(scanId: payload.scanId, job: job, in: session)
    }
}

/// A scan's state, changed from the scanning threads and read by the saver.
final class ScanTracker: Sendable {
    private let scan: Mutex<DuplicateScanEntry>

    init(_ scan: DuplicateScanEntry) { self.scan = Mutex(scan) }

    var current: DuplicateScanEntry { scan.withLock { $0 } }

    func update(_ change: (inout DuplicateScanEntry) -> Void) {
        scan.withLock { change(&$0) }
    }

    /// Progress from the matching core, as phase and counts.
    func record(_ progress: DuplicateScan.Progress) {
        update { scan in
            switch progress {
            case .prepared(let records):
                scan.phase = "blocking"
                scan.records = records
                scan.done = 0
                scan.total = 0
            case .blocked(let pairs):
                scan.phase = "scoring"
                scan.done = 0
                scan.total = pairs
                scan.comparedPairs = pairs
            case .scored(let done, let total):
                scan.done = done
                scan.total = total
            case .clustered(let clusters):
                scan.clusters = clusters
            }
        }
    }
}
