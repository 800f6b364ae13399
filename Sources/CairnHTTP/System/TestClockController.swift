import CairnCore
import CairnServices
import Foundation
import Hummingbird

/// The routes of a server started with `cairn serve --test-clock`, and only of such a server, so a production server
/// has no way to move time or make test jobs: `GET /test/clock` and `POST /test/clock` (`{"advanceSeconds": N}`)
/// read and move its clock; `POST /test/jobs` (`{"count": N, "workMilliseconds": M, "fail": false}`) enqueues N jobs
/// of the test-only kind (`TestJobs`) and `GET /test/jobs/runs` counts their committed runs.
struct TestClockController {
    let clock: ManualClock
    let services: Services

    func addRoutes(to router: Router<CairnRequestContext>) {
        router.get("test/clock", use: read)
        router.post("test/clock", use: advance)
        router.post("test/jobs", use: enqueueJobs)
        router.get("test/jobs/runs", use: jobRuns)
    }

    private struct ClockBody: Encodable {
        let now: Date
    }

    @Sendable func read(_ request: Request, context: CairnRequestContext) async throws -> Response {
        try JSONResponse.make(ClockBody(now: clock.now()))
    }

    @Sendable func advance(_ request: Request, context: CairnRequestContext) async throws -> Response {
        let body = try await JSONBody.object(from: request)
        guard let seconds = (body["advanceSeconds"] as? NSNumber)?.doubleValue, seconds >= 0, seconds.isFinite else {
            throw APIError.service(
                .validation([FieldError(field: "advanceSeconds", code: .outOfRange, parameters: ["min": "0", "max": "∞"])]))
        }
        let now = clock.advance(by: seconds)
        services.environment.jobSignal.wake()
        return try JSONResponse.make(ClockBody(now: now))
    }

    @Sendable func enqueueJobs(_ request: Request, context: CairnRequestContext) async throws -> Response {
        let body = try await JSONBody.object(from: request)
        guard let count = (body["count"] as? NSNumber)?.intValue, (1...100_000).contains(count) else {
            throw APIError.service(
                .validation([FieldError(field: "count", code: .outOfRange, parameters: ["min": "1", "max": "100000"])]))
        }
        let payload = TestJobs.Payload(
            workMilliseconds: (body["workMilliseconds"] as? NSNumber)?.intValue ?? 0,
            fail: (body["fail"] as? Bool) ?? false)
        var ids: [String] = []
        for _ in 0..<count {
            if let job = try await services.jobs.enqueue(JobRequest(kind: TestJobs.writeRowKind, payload: payload)) {
                ids.append(job.id)
            }
        }
        return try JSONResponse.make(["ids": ids], status: .created)
    }

    @Sendable func jobRuns(_ request: Request, context: CairnRequestContext) async throws -> Response {
        try JSONResponse.make(try await TestJobs.runsPerJob(services))
    }
}
