import Foundation
import Testing

@testable import CairnCore

struct ActorTests {
    let meta = RecordMeta(id: "r1", ownerId: "u1", teamId: "east", createdAt: Date(), createdBy: "u1")

    @Test func scopesDecideWhatIsVisible() {
        let owner = Actor(userId: "u1", teamId: "east", role: Role.named("sales")!)
        let colleague = Actor(userId: "u2", teamId: "east", role: Role.named("sales")!)
        let manager = Actor(userId: "m1", teamId: "east", role: Role.named("manager")!)
        let otherManager = Actor(userId: "m2", teamId: "south", role: Role.named("manager")!)
        let admin = Actor(userId: "a", teamId: nil, role: Role.named("admin")!)
        #expect(owner.canSee(meta))
        #expect(!colleague.canSee(meta))
        #expect(manager.canSee(meta))
        #expect(!otherManager.canSee(meta))
        #expect(admin.canSee(meta))
    }

    @Test func onlyRolesWithTheRightReassign() {
        let sales = Actor(userId: "u1", teamId: "east", role: Role.named("sales")!)
        let manager = Actor(userId: "m1", teamId: "east", role: Role.named("manager")!)
        #expect(sales.canAssign(toOwner: "u1", ofTeam: "east"))
        #expect(!sales.canAssign(toOwner: "u2", ofTeam: "east"))
        #expect(manager.canAssign(toOwner: "u2", ofTeam: "east"))
        #expect(!manager.canAssign(toOwner: "u3", ofTeam: "south"))
    }
}
