import CairnCore
import CairnStore
import Foundation

/// Fills an empty database with demo teams and users (华东, 华南, 华北) and a few thousand realistic zh-CN records.
public struct DemoLoader: Sendable {
    /// The password every demo user signs in with.
    public static let password = "cairn-demo"

    /// Where the records go, and the clock that dates them.
    let environment: ServiceEnvironment
    /// Creates the demo users and teams.
    let users: UserService
    /// The seed of the generated records.
    let seed: UInt64

    /// Creates a loader; the same seed gives the same records, relative to the time they are loaded.
    public init(environment: ServiceEnvironment, users: UserService, seed: UInt64 = 2026) {
        self.environment = environment
        self.users = users
        self.seed = seed
    }

    /// Whether the database has no users yet, so the demo can be loaded without clashing with real data.
    public static func isNeeded(storage: any Storage) async throws -> Bool {
        try await storage.read { session in try await UserStore().count(in: session) } == 0
    }

    /// Writes the demo users and every demo record with its audit entry in one transaction: a crash leaves
    /// either the whole demo or an empty database.
    ///
    /// `progress` hears a short line such as `accounts 240` as each kind of record is written.
    public func load(progress: @escaping @Sendable (String) -> Void = { _ in }) async throws -> DemoLogin {
        var prepared: [PreparedUser] = []
        for draft in Self.userDrafts {
            prepared.append(try await users.prepare(draft, reusingHashOf: prepared.first))
        }
        let preparedUsers = prepared
        try await environment.storage.write { session in
            var created: [User] = []
            for user in preparedUsers {
                created.append(try await users.insert(user, by: .system, in: session))
            }
            progress("users \(created.count)")
            let dataset = DemoDataGenerator(seed: seed, now: environment.clock.now(), users: created).make()
            let owners = Dictionary(
                uniqueKeysWithValues: created.compactMap { user in Actor(user: user).map { (user.id, $0) } })
            try await Self.insert(dataset.accounts, actors: owners, environment: environment, in: session)
            progress("accounts \(dataset.accounts.count)")
            try await Self.insert(dataset.contacts, actors: owners, environment: environment, in: session)
            progress("contacts \(dataset.contacts.count)")
            try await Self.insert(dataset.leads, actors: owners, environment: environment, in: session)
            progress("leads \(dataset.leads.count)")
            try await Self.insert(dataset.opportunities, actors: owners, environment: environment, in: session)
            let history = StageChangeStore()
            for change in dataset.stageChanges {
                try await history.append(change, in: session)
            }
            progress("opportunities \(dataset.opportunities.count), stage changes \(dataset.stageChanges.count)")
            try await Self.insert(dataset.activities, actors: owners, environment: environment, in: session)
            progress("activities \(dataset.activities.count)")
            try await Self.insert(dataset.tasks, actors: owners, environment: environment, in: session)
            progress("tasks \(dataset.tasks.count)")
        }
        return DemoLogin(email: Self.adminEmail, password: Self.password, salesEmail: Self.salesEmail)
    }

    /// Writes records as they are, each as done by its owner, so observers file their search tokens, keys and
    /// audit entries; the stage history comes with the dataset (the cause tells its observer so).
    private static func insert<Fields: ManagedRecord>(
        _ records: [Stored<Fields>], actors: [String: Actor], environment: ServiceEnvironment, in session: StoreSession
    ) async throws {
        for record in records {
            let unit = UnitOfWork(
                session: session, actor: actors[record.meta.ownerId] ?? .system, now: record.meta.createdAt,
                cause: .seeding, environment: environment)
            try await unit.insert(record)
        }
    }

    private static let adminEmail = "admin@cairn.local"
    private static let salesEmail = "wang.lei@cairn.local"

    /// The administrator, then per team a manager, three sales reps and a marketer; teams in the order East, South,
    /// North, which the generator maps to their home regions.
    private static let userDrafts: [UserDraft] = {
        var drafts = [
            UserDraft(email: DemoLoader.adminEmail, password: DemoLoader.password, name: "系统管理员", role: "admin")
        ]
        let teams: [(team: String, members: [(email: String, name: String, role: String)])] = [
            (
                "华东",
                [
                    ("zhou.min", "周敏", "manager"), ("wang.lei", "王磊", "sales"), ("chen.jing", "陈静", "sales"),
                    ("li.qiang", "李强", "sales"), ("xu.ting", "徐婷", "marketing"),
                ]
            ),
            (
                "华南",
                [
                    ("huang.zhiqiang", "黄志强", "manager"), ("lin.xiaoyan", "林晓燕", "sales"), ("liang.hao", "梁浩", "sales"),
                    ("he.li", "何丽", "sales"), ("zheng.jia", "郑佳", "marketing"),
                ]
            ),
            (
                "华北",
                [
                    ("zhang.jianguo", "张建国", "manager"), ("liu.yang", "刘洋", "sales"), ("zhao.xue", "赵雪", "sales"),
                    ("sun.peng", "孙鹏", "sales"), ("ma.lina", "马丽娜", "marketing"),
                ]
            ),
        ]
        for (team, members) in teams {
            for member in members {
                drafts.append(
                    UserDraft(
                        email: "\(member.email)@cairn.local", password: DemoLoader.password, name: member.name,
                        role: member.role, teamName: team))
            }
        }
        return drafts
    }()
}
