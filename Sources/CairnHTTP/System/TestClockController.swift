import CairnCore
import Foundation
import Hummingbird

/// `GET /test/clock` and `POST /test/clock` (`{"advanceSeconds": N}`): read and move the clock of a server started
/// with `cairn serve --test-clock`. The routes exist only then, so a production server has no way to move time.
struct TestClockController {
    let clock: ManualClock

    func addRoutes(to router: Router<CairnRequestContext>) {
        router.get("test/clock", use: read)
        router.post("test/clock", use: advance)
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
        return try JSONResponse.make(ClockBody(now: clock.advance(by: seconds)))
    }
}
