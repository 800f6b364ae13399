import CairnCore
import CairnServices
import CairnTestSupport
import Foundation
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

extension PipelineBoardTests {
    /// A deal moved to lost without a reason is refused on its own card, named at the top, with 输单 still chosen;
    /// a move that goes through says what moved where.
    @Test(arguments: TestDatabase.all)
    func aRefusedMoveIsSaidOnItsCard(database: TestDatabase) async throws {
        try await WebTest.run(database) { web in
            let f = try await Fixtures.make(web.services)
            let account = try await web.services.accounts.create(AccountFields(name: "杭州云启科技有限公司"), by: f.eastRep)
            let deal = try await web.services.opportunities.create(
                OpportunityFields(accountId: account.id, name: "数据平台二期"), by: f.eastRep)
            try await web.signIn("east1@example.com")
            _ = try await web.get("/pipeline")
            let refused = try await web.post(
                "/opportunities/\(deal.id)/move", [("stage", "lost"), ("version", "1"), ("back", "/pipeline")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("「数据平台二期」没有移动"))
            #expect(refused.text.contains("id=\"move-\(deal.id)-error\""))
            #expect(refused.text.contains("<option value=\"lost\" selected>"))
            let moved = try await web.post(
                "/opportunities/\(deal.id)/move", [("stage", "needs_confirmed"), ("version", "1"), ("back", "/pipeline")])
            #expect(moved.headers[.location] == "/pipeline?moved=\(deal.id)#deal-\(deal.id)")
            let board = try await web.get("/pipeline?moved=\(deal.id)")
            #expect(board.text.contains("「数据平台二期」已移到「需求确认」。"))
            // The move can be undone from where it was made: back to 初步接触.
            #expect(board.text.contains("id=\"undo-move\"") && board.text.contains("name=\"stage\" value=\"qualification\""))
            let undone = try await web.post(
                "/opportunities/\(deal.id)/move", [("stage", "qualification"), ("version", "2"), ("back", "/pipeline")])
            #expect(undone.status == .seeOther)
            #expect(try await web.services.opportunities.get(deal.id, by: f.eastRep).fields.stage == "qualification")
        }
    }
}
