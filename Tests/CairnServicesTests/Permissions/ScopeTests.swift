import CairnCore
import CairnServices
import CairnTestSupport
import Foundation
import Testing

/// Team scope means the owner's current team, in every store that reads records: a manager who moves from 华东 to
/// 华南 takes their records along, so 华南's managers see them from then on and 华东's no longer do.
struct ScopeTests {
    /// The mover (a manager of 华东, then of 华南) with records of every kind, and a team-scoped reader on each side.
    struct Setup {
        let mover: Actor
        let eastReader: Actor
        let southReader: Actor
        let account: Stored<AccountFields>
        let twin: Stored<AccountFields>
        let lead: Stored<LeadFields>
        let deal: Stored<OpportunityFields>
        let task: Stored<TaskFields>
    }

    /// Builds the records while the mover is in 华东, then moves them (and so their records) to 华南.
    static func setUp(_ services: Services, _ f: Fixtures) async throws -> Setup {
        func user(_ email: String, _ role: String, _ team: String) async throws -> Actor {
            Actor(
                user: try await services.users.add(
                    UserDraft(email: email, password: "password-123", name: email, role: role, teamName: team), by: f.admin))!
        }
        let eastReader = try await user("east.manager2@example.com", "manager", "华东")
        let southReader = try await user("south.manager@example.com", "manager", "华南")
        let mover = f.eastManager
        let account = try await services.accounts.create(DuplicateCheckTests.existing, by: mover)
        let twin = try await services.accounts.createChecked(
            DuplicateCheckTests.entered, ownerId: mover.userId, by: f.admin, duplicates: .override
        ).record
        let lead = try await services.leads.create(LeadFields(name: "赵敏", mobile: "13600136000", source: .website), by: mover)
        let deal = try await services.opportunities.create(
            OpportunityFields(accountId: account.id, name: "MES 一期", amount: Money(minorUnits: 500_000_00)), by: mover)
        _ = try await services.pipeline.moveStage(
            deal.id, to: "needs_confirmed", lossReason: nil, expectedVersion: 1, by: mover)
        _ = try await services.activities.create(
            ActivityFields(kind: .call, subject: "需求沟通", accountId: account.id, direction: .outbound), by: mover)
        let task = try await services.tasks.create(
            TaskFields(title: "发报价", dueAt: services.environment.clock.now().addingTimeInterval(-3_600)), by: mover)
        // Before the move, 华东 sees the mover's account and 华南 does not.
        #expect(try await services.accounts.list(ListRequest(), by: eastReader).items.count == 2)
        #expect(try await services.accounts.list(ListRequest(), by: southReader).items.isEmpty)

        let moved = try await services.users.changeTeam(of: mover.userId, to: "华南", by: f.admin)
        return Setup(
            mover: Actor(user: moved)!, eastReader: eastReader, southReader: southReader, account: account, twin: twin,
            lead: lead, deal: deal, task: task)
    }

    @Test(arguments: TestDatabase.all)
    func listsAndLookUpsFollowTheOwnersTeam(database: TestDatabase) async throws {
        try await database.withServices { services in
            let s = try await Self.setUp(services, try await Fixtures.make(services))
            #expect(try await services.accounts.list(ListRequest(), by: s.eastReader).items.isEmpty)
            #expect(try await services.leads.list(ListRequest(), by: s.eastReader).items.isEmpty)
            #expect(try await services.opportunities.list(ListRequest(), by: s.eastReader).items.isEmpty)
            #expect(try await services.activities.list(ListRequest(), by: s.eastReader).items.isEmpty)
            #expect(try await services.tasks.list(ListRequest(), by: s.eastReader).items.isEmpty)
            await #expect(throws: ServiceError.notFound(.account)) {
                try await services.accounts.get(s.account.id, by: s.eastReader)
            }
            #expect(try await services.accounts.list(ListRequest(), by: s.southReader).items.count == 2)
            #expect(try await services.accounts.get(s.account.id, by: s.southReader).meta.teamId == s.mover.teamId)
            #expect(try await services.tasks.list(ListRequest(), by: s.southReader).items.map(\.id) == [s.task.id])
            // References are checked in the same scope: 华东 can no longer attach a task to the account.
            await #expect(throws: ServiceError.validation([FieldError(field: "accountId", code: .notFound)])) {
                try await services.tasks.create(TaskFields(title: "回访", accountId: s.account.id), by: s.eastReader)
            }
            // The move changes no record's version: the team is a scope stamp, not content.
            #expect(try await services.accounts.get(s.account.id, by: s.southReader).meta.version == 1)
            // An actor from before the move (a token trusted for a while) still writes the owner's new team.
            let stale = Actor(userId: s.mover.userId, teamId: s.eastReader.teamId, role: s.mover.role)
            let written = try await services.accounts.create(AccountFields(name: "苏州启明软件有限公司"), by: stale)
            #expect(written.meta.teamId == s.mover.teamId)
        }
    }

    @Test(arguments: TestDatabase.all)
    func todayKeepsTheMoversOwnWorkInTheirNewTeam(database: TestDatabase) async throws {
        try await database.withServices { services in
            let s = try await Self.setUp(services, try await Fixtures.make(services))
            let ids = Set(try await services.today.agenda(for: s.mover).map(\.recordId))
            #expect(ids.isSuperset(of: [s.lead.id, s.task.id]))
            // Had the records stayed stamped 华东, the mover's team scope (华南) would have hidden them.
            #expect(s.mover.visibility == .team(s.mover.teamId!))
        }
    }

    @Test(arguments: TestDatabase.all)
    func theTeamWeekCountsTheRecordsOfTheTeamTheyNowBelongTo(database: TestDatabase) async throws {
        try await database.withServices { services in
            let s = try await Self.setUp(services, try await Fixtures.make(services))
            let south = try await services.team.thisWeek(by: s.southReader).figures[s.mover.userId]
            #expect(south?.newLeads == 1)
            #expect(south?.followUps == 1)
            #expect(south?.overdueTasks == 1)
            #expect(south?.stageMoves == 1)
            #expect(try await services.team.thisWeek(by: s.eastReader).figures[s.mover.userId] == nil)
        }
    }

    @Test(arguments: TestDatabase.all)
    func boardTotalsCountOnlyDealsInScope(database: TestDatabase) async throws {
        try await database.withServices { services in
            let s = try await Self.setUp(services, try await Fixtures.make(services))
            let south = try await services.pipeline.stageTotals(DealFilter(), by: s.southReader)
            #expect(south == [StageTotal(stage: "needs_confirmed", currency: "CNY", count: 1, amountMinor: 500_000_00)])
            #expect(try await services.pipeline.stageTotals(DealFilter(), by: s.eastReader).isEmpty)
        }
    }

    @Test(arguments: TestDatabase.all)
    func duplicateFindingsShowWhatIsInScopeAndCountTheRest(database: TestDatabase) async throws {
        try await database.withServices { services in
            let s = try await Self.setUp(services, try await Fixtures.make(services))
            let east = try await services.accounts.duplicates(of: DuplicateCheckTests.entered, by: s.eastReader)
            #expect(east.visible.isEmpty && east.hiddenCount == 2)
            let south = try await services.accounts.duplicates(of: DuplicateCheckTests.entered, by: s.southReader)
            #expect(Set(south.visible.map(\.id)) == [s.account.id, s.twin.id] && south.hiddenCount == 0)
        }
    }

    @Test(arguments: TestDatabase.all)
    func scanClustersShowOnlyMembersInScope(database: TestDatabase) async throws {
        try await database.withServices { services in
            let f = try await Fixtures.make(services)
            let s = try await Self.setUp(services, f)
            let scan = try await services.duplicateScans.start(by: f.admin)
            try await services.jobRunner().runDue()
            // Team-scoped reviewers holding the review right (no built-in role has both today).
            func reviewer(_ reader: Actor) -> Actor {
                Actor(
                    userId: reader.userId, teamId: reader.teamId,
                    role: Role(name: "reviewer", scope: .team, permissions: [.reviewDuplicates]))
            }
            let south = try await services.duplicateScans.clusters(scanId: scan.id, page: 0, by: reviewer(s.southReader))
            #expect(south.map { Set($0.members.map(\.id)) } == [[s.account.id, s.twin.id]])
            #expect(try await services.duplicateScans.clusters(scanId: scan.id, page: 0, by: reviewer(s.eastReader)).isEmpty)
        }
    }
}
