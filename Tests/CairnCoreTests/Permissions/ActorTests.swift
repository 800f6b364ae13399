import Testing

@testable import CairnCore

struct ActorTests {
    @Test func aRolesScopeBecomesTheFilterOfItsUsers() {
        #expect(Actor(userId: "u1", teamId: "east", role: Role.named("sales")!).visibility == .owner("u1"))
        #expect(Actor(userId: "m1", teamId: "east", role: Role.named("manager")!).visibility == .team("east"))
        // A team role without a team reaches only its own records.
        #expect(Actor(userId: "m2", teamId: nil, role: Role.named("manager")!).visibility == .owner("m2"))
        #expect(Actor(userId: "a", teamId: nil, role: Role.named("admin")!).visibility == .everything)
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
