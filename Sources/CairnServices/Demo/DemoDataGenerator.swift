import CairnCore
import Foundation

/// Makes a realistic zh-CN CRM dataset from a seed: the same seed, time and users always give the same records.
///
/// Records are owned by the users with role `sales` or `manager`. Teams, in the order their members first appear,
/// get East, South-Central and North China as their home regions, so most of a team's customers are nearby.
/// Pure: no clock, no system randomness; every record already passes its own `validated()` unchanged.
struct DemoDataGenerator: Sendable {
    /// How many accounts `make()` produces.
    static let accountCount = 240
    /// How many contacts, one to four per account.
    static let contactCount = 520
    /// How many leads, from the last 90 days.
    static let leadCount = 1_050
    /// How many opportunities.
    static let opportunityCount = 320
    /// How many activities, from the last 180 days.
    static let activityCount = 5_200
    /// Customers per salesperson whose last message waits for an answer.
    static let waitingCustomersPerOwner = 2
    /// How many tasks, at least four per owner (two due today, two overdue).
    static let taskCount = 400

    /// One minute in milliseconds.
    static let minute: Int64 = 60_000
    /// One hour in milliseconds.
    static let hour: Int64 = 60 * minute
    /// One day in milliseconds.
    static let day: Int64 = 24 * hour
    // Working hours and "today" are read in China Standard Time, where the demo's users work.
    /// China Standard Time's offset from UTC in milliseconds.
    static let chinaOffset: Int64 = 8 * hour

    /// The seed every random choice derives from.
    let seed: UInt64
    /// The instant the data is generated for; everything happens at or before it, except future due dates.
    let now: Date
    /// The users who own records: everyone with role `sales` or `manager`, in the order given.
    let owners: [User]
    /// Each owner's team, in order of first appearance; a team's position picks its home region.
    let teamOrder: [String?]

    /// Prepares a generator; only `sales` and `manager` users among `users` will own records.
    init(seed: UInt64, now: Date, users: [User]) {
        self.seed = seed
        self.now = now.truncatedToMilliseconds
        owners = users.filter { $0.role == "sales" || $0.role == "manager" }
        var teams: [String?] = []
        for owner in owners where !teams.contains(owner.teamId) { teams.append(owner.teamId) }
        teamOrder = teams
    }

    /// The whole dataset; empty when no user may own records.
    func make() -> DemoDataset {
        guard !owners.isEmpty else { return DemoDataset() }
        var random = SeededGenerator(seed: seed)
        let ids = SeededIDGenerator(seed: seed, baseTime: now)
        var dataset = DemoDataset()
        dataset.accounts = makeAccounts(&random, ids)
        dataset.accounts += makeDuplicateAccounts(of: dataset.accounts, &random, ids)
        if let long = makeLongTextAccount(ids) { dataset.accounts.append(long) }
        dataset.contacts = makeContacts(for: dataset.accounts, &random, ids)
        dataset.leads = makeLeads(accounts: dataset.accounts, &random, ids)
        let pipeline = makeOpportunities(accounts: dataset.accounts, contacts: dataset.contacts, &random, ids)
        dataset.opportunities = pipeline.opportunities
        dataset.stageChanges = pipeline.stageChanges
        dataset.activities = makeActivities(in: dataset, &random, ids)
        dataset.tasks = makeTasks(in: dataset, &random, ids)
        return dataset
    }
}

extension DemoDataGenerator {
    /// `now` in milliseconds since 1970; generation works on whole milliseconds, like storage.
    var nowMilliseconds: Int64 { now.epochMilliseconds }

    /// Owners weighted so sales reps carry most of the book and managers keep a few key accounts.
    var weightedOwners: [(value: User, weight: Int)] {
        owners.map { (value: $0, weight: $0.role == "sales" ? 3 : 1) }
    }

    /// The home region (0 East, 1 South-Central, 2 North) of an owner's team.
    func homeRegion(of owner: User) -> Int {
        (teamOrder.firstIndex(of: owner.teamId) ?? 0) % 3
    }

    /// Stamps for a new record at version 1, created and last changed by its owner.
    func meta(_ id: String, ownerId: String, teamId: String?, created: Int64, updated: Int64) -> RecordMeta {
        RecordMeta(
            id: id, ownerId: ownerId, teamId: teamId, createdAt: Date(epochMilliseconds: created), createdBy: ownerId,
            updatedAt: Date(epochMilliseconds: max(created, updated)), updatedBy: ownerId)
    }

    /// Stamps for a record that belongs with a parent record and so has the parent's owner.
    func meta(_ id: String, ownedLike parent: RecordMeta, created: Int64, updated: Int64) -> RecordMeta {
        meta(id, ownerId: parent.ownerId, teamId: parent.teamId, created: created, updated: updated)
    }

    /// The fields, which must already be exactly what validation would make of them.
    func checked<Fields: RecordFields>(_ fields: Fields) -> Fields {
        assert((try? fields.validated()) == fields, "demo \(Fields.kind) fields are not normalized: \(fields)")
        return fields
    }

    /// A time in `range`, moved into China office hours on the same day when that stays inside the range.
    func officeTime(in range: ClosedRange<Int64>, _ random: inout SeededGenerator) -> Int64 {
        let instant = random.int64(in: range)
        let candidate =
            chinaDayStart(of: instant)
            + random.int64(in: (9 * Self.hour)...(18 * Self.hour + 30 * Self.minute))
            + random.int64(in: 0...59) * 1_000
        return range.contains(candidate) ? candidate : instant
    }

    /// Midnight China Standard Time of the day holding `instant`.
    func chinaDayStart(of instant: Int64) -> Int64 {
        let local = instant + Self.chinaOffset
        let dayIndex = local >= 0 ? local / Self.day : (local - Self.day + 1) / Self.day
        return dayIndex * Self.day - Self.chinaOffset
    }

    /// The `YYYY-MM-DD` date of an instant in the Gregorian calendar, in UTC.
    func dateText(_ instant: Int64) -> String {
        let parts = Self.utcCalendar.dateComponents([.year, .month, .day], from: Date(epochMilliseconds: instant))
        func padded(_ value: Int?, _ width: Int) -> String {
            let text = String(value ?? 1)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(padded(parts.year, 4))-\(padded(parts.month, 2))-\(padded(parts.day, 2))"
    }

    private static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar
    }()
}
