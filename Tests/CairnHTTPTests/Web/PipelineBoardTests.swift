import CairnCore
import Testing

@testable import CairnHTTP

struct PipelineBoardTests {
    /// A card's move list starts on the next open stage; from 合同谈判 it stays put, so one careless click never
    /// wins (or loses) a deal.
    @Test func theMoveListNeverStartsOnAClosedStage() {
        #expect(StageMoveForm.nextStage(after: "qualification") == "needs_confirmed")
        #expect(StageMoveForm.nextStage(after: "proposal") == "negotiation")
        #expect(StageMoveForm.nextStage(after: "negotiation") == "negotiation")
        #expect(StageMoveForm.nextStage(after: "won") == "won")
        #expect(StageMoveForm.nextStage(after: "lost") == "lost")
    }
}
