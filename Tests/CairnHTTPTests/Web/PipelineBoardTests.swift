import CairnCore
import Testing

@testable import CairnHTTP

struct PipelineBoardTests {
    /// A card's move list starts on the next open stage; from 合同谈判 it stays put, so one careless click never
    /// wins (or loses) a deal.
    @Test func theMoveListNeverStartsOnAClosedStage() {
        #expect(PipelineBoardPage.nextStage(after: "qualification") == "needs_confirmed")
        #expect(PipelineBoardPage.nextStage(after: "proposal") == "negotiation")
        #expect(PipelineBoardPage.nextStage(after: "negotiation") == "negotiation")
        #expect(PipelineBoardPage.nextStage(after: "won") == "won")
        #expect(PipelineBoardPage.nextStage(after: "lost") == "lost")
    }
}
