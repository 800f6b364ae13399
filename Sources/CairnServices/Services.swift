import CairnCore
import CairnStore
import Foundation
import Logging

/// The composition root: every service wired to one environment. Production and every test build it the same way.
public struct Services: Sendable {
    /// Shared dependencies.
    public let environment: ServiceEnvironment
    /// Accounts.
    public let accounts: RecordService<AccountFields>
    /// Contacts.
    public let contacts: RecordService<ContactFields>
    /// Leads.
    public let leads: RecordService<LeadFields>
    /// Opportunities as records.
    public let opportunities: RecordService<OpportunityFields>
    /// Stage moves and history.
    public let pipeline: OpportunityService
    /// Activities.
    public let activities: RecordService<ActivityFields>
    /// Tasks.
    public let tasks: RecordService<TaskFields>
    /// Logging an activity with its next step.
    public let followUps: FollowUpService
    /// Users and teams.
    public let users: UserService
    /// Sign-in and tokens.
    public let auth: AuthService
    /// Lead decisions: accept, disqualify, convert.
    public let leadInbox: LeadService
    /// Users' saved list views.
    public let savedViews: SavedViewService
    /// The manager's weekly view.
    public let team: TeamService
    /// A salesperson's ranked list for the day.
    public let today: TodayService
    /// Merging duplicate accounts, and undoing a merge.
    public let merges: AccountMergeService
    /// Batch scans of the accounts for duplicates.
    public let duplicateScans: DuplicateScanService
    /// The matching rules an admin may change.
    public let matchRules: MatchRuleService
    /// Background jobs: enqueue, list, retry, cancel.
    public let jobs: JobService
    /// The recurring jobs every node enqueues when due (Cairn's own first).
    public let jobSchedules: [JobSchedule]

    /// Wires every service to the environment; Cairn's job kinds come first, `extraJobKinds` after them.
    init(
        environment: ServiceEnvironment, bcryptCost: UInt8, extraJobKinds: [any JobKind] = [],
        jobSchedules: [JobSchedule] = []
    ) {
        self.environment = environment
        accounts = RecordService(environment: environment)
        contacts = RecordService(environment: environment)
        leads = RecordService(environment: environment)
        opportunities = RecordService(environment: environment)
        pipeline = OpportunityService(records: opportunities)
        activities = RecordService(environment: environment)
        tasks = RecordService(environment: environment)
        followUps = FollowUpService(activities: activities, tasks: tasks)
        users = UserService(environment: environment, bcryptCost: bcryptCost)
        auth = AuthService(environment: environment, bcryptCost: bcryptCost)
        today = TodayService(environment: environment)
        team = TeamService(environment: environment)
        savedViews = SavedViewService(environment: environment)
        leadInbox = LeadService(leads: leads, accounts: accounts, contacts: contacts, opportunities: opportunities)
        duplicateScans = DuplicateScanService(accounts: accounts)
        matchRules = MatchRuleService(environment: environment)
        merges = AccountMergeService(accounts: accounts)
        jobs = JobService(
            environment: environment,
            kinds: JobKinds(
                [
                    DuplicateScanJob(scans: duplicateScans), JobPurge(clock: environment.clock),
                    UniqueFieldIndexJob(indexes: UniqueFieldIndexes(environment: environment)),
                ] + extraJobKinds))
        self.jobSchedules = [JobPurge.schedule, UniqueFieldIndexJob.schedule] + jobSchedules
    }

    /// The runner of this node's jobs (a lifecycle service of `cairn serve`; the CLI and tests call `runDue`).
    public func jobRunner(settings: JobSettings = JobSettings(), node: String? = nil) -> JobRunner {
        JobRunner(environment: environment, kinds: jobs.kinds, schedules: jobSchedules, settings: settings, node: node)
    }

    /// Opens the database at a location and starts the services on it (the system clock unless told otherwise;
    /// time-ordered ids).
    public static func live(
        location: StorageLocation, logger: Logger, bcryptCost: UInt8 = 12, clock: any Clock = SystemClock(),
        extraJobKinds: [any JobKind] = [], jobSchedules: [JobSchedule] = []
    ) async throws -> Services {
        try await start(
            storage: try await location.open(logger: logger), clock: clock, ids: UUIDv7Generator(clock: clock),
            logger: logger, bcryptCost: bcryptCost, extraJobKinds: extraJobKinds, jobSchedules: jobSchedules)
    }

    /// The composition root, for `cairn serve`, the CLI and every test alike: applies pending migrations, loads the
    /// matching rules in force, registers the observers every record write is handed to (`extraObservers` after
    /// Cairn's own) and the job kinds and schedules (`extraJobKinds` after Cairn's own), wires the services and
    /// brings derived data up to date.
    public static func start(
        storage: any Storage, clock: any Clock, ids: any IDGenerator, logger: Logger, bcryptCost: UInt8 = 12,
        extraObservers: [any ChangeObserver] = [], extraJobKinds: [any JobKind] = [], jobSchedules: [JobSchedule] = []
    ) async throws -> Services {
        try await Migrator(storage: storage).migrate(now: clock.now()) { migration in
            logger.info("applying migration \(migration.number): \(migration.name)")
        }
        let matchRules = try await MatchRuleService.load(from: storage, logger: logger)
        let observers: [any ChangeObserver] = [
            SearchIndexObserver(), DuplicateKeysObserver(rules: matchRules), StageHistoryObserver(), AuditObserver(),
        ]
        let environment = ServiceEnvironment(
            storage: storage, clock: clock, ids: ids, logger: logger, matchRules: matchRules,
            observers: observers + extraObservers)
        let services = Services(
            environment: environment, bcryptCost: bcryptCost, extraJobKinds: extraJobKinds, jobSchedules: jobSchedules)
        try await services.rebuildDuplicateKeysIfStale()
        try await UniqueFieldIndexes(environment: environment).ensure()
        return services
    }

    /// Makes the duplicate-check keys of accounts and contacts current (first start, or new matching rules).
    func rebuildDuplicateKeysIfStale() async throws {
        let logger = environment.logger
        // Pages of 2,000: a line every 50,000 records.
        try await accounts.rebuildDuplicateKeysIfStale {
            if $0 % 50_000 == 0 { logger.info("duplicate keys: \($0) accounts filed") }
        }
        try await contacts.rebuildDuplicateKeysIfStale {
            if $0 % 50_000 == 0 { logger.info("duplicate keys: \($0) contacts filed") }
        }
    }

    /// Whether this node can serve: the database answers, its schema is current, and it takes a write now.
    public func readiness() async -> Readiness {
        let storage = environment.storage
        do {
            guard try await Migrator(storage: storage).isCurrent() else { return .notReady("schema_outdated") }
            let now = environment.clock.now()
            try await storage.write { try await ReadinessProbe().touch(at: now, in: $0) }
            return .ready
        } catch {
            if case .storageUnavailable(let fault)? = ServiceError(from: error) { return .notReady(fault.rawValue) }
            environment.logger.error("readiness check failed", metadata: ["error": "\(String(reflecting: error))"])
            return .notReady(StorageFault.unreachable.rawValue)
        }
    }
}

/// What the readiness check found.
public enum Readiness: Sendable, Equatable {
    case ready
    /// Not ready, and why: `schema_outdated`, `read_only`, `disk_full` or `unreachable`.
    case notReady(String)
}
