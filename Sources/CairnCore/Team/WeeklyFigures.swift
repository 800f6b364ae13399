import Foundation

/// One person's week in numbers, as the weekly sales meeting reads them.
public struct WeeklyFigures: Sendable, Equatable {
    /// Leads that came in for them this week.
    public var newLeads = 0
    /// Activities where they reached a customer (outbound) this week.
    public var followUps = 0
    /// Their open tasks past due now.
    public var overdueTasks = 0
    /// Stage moves of their deals this week (first stages of new deals not counted).
    public var stageMoves = 0
    /// Deals of theirs moved to won this week.
    public var wins = 0
    /// What those wins are worth, in minor units (all currencies added as they are; the demo is all CNY).
    public var wonAmountMinor: Int64 = 0

    /// Zero everywhere.
    public init() {}

    /// The sum of two people's figures (team totals).
    public static func + (left: WeeklyFigures, right: WeeklyFigures) -> WeeklyFigures {
        var sum = WeeklyFigures()
        sum.newLeads = left.newLeads + right.newLeads
        sum.followUps = left.followUps + right.followUps
        sum.overdueTasks = left.overdueTasks + right.overdueTasks
        sum.stageMoves = left.stageMoves + right.stageMoves
        sum.wins = left.wins + right.wins
        sum.wonAmountMinor = left.wonAmountMinor + right.wonAmountMinor
        return sum
    }

    /// Monday 00:00 in China (UTC+8) of the week containing `date`.
    public static func weekStart(containing date: Date) -> Date {
        let endOfDay = TodayAgenda.endOfChinaDay(containing: date)
        let startOfDay = endOfDay.addingTimeInterval(-86_400)
        // 1970-01-05 was a Monday; days since then modulo 7 is the weekday offset from Monday.
        let chinaDays = Int((startOfDay.timeIntervalSince1970 + 8 * 3600) / 86_400)
        let offset = ((chinaDays - 4) % 7 + 7) % 7
        return startOfDay.addingTimeInterval(-Double(offset) * 86_400)
    }
}
