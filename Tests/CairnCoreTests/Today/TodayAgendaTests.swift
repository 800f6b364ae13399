import Foundation
import Testing

@testable import CairnCore

struct TodayAgendaTests {
    static let base = Date(timeIntervalSince1970: 1_795_424_400)

    static func item(_ reason: TodayItem.Reason, _ id: String, minutesAgo: Double, amount: Int64? = nil) -> TodayItem {
        TodayItem(
            reason: reason, recordId: id, recordVersion: 1, title: id, since: base.addingTimeInterval(-minutesAgo * 60),
            amount: amount.map { Money(minorUnits: $0) })
    }

    @Test func ranksByReasonThenLongestWaitingAndDealsByAmount() {
        let ranked = TodayAgenda.rank([
            Self.item(.dealWithoutActivity, "small-deal", minutesAgo: 20_000, amount: 100),
            Self.item(.taskOverdue, "task", minutesAgo: 60),
            Self.item(.leadAwaitingFirstContact, "fresh-lead", minutesAgo: 5),
            Self.item(.dealWithoutActivity, "big-deal", minutesAgo: 12_000, amount: 9_000),
            Self.item(.leadAwaitingFirstContact, "old-lead", minutesAgo: 90),
            Self.item(.customerAwaitingReply, "message", minutesAgo: 30),
        ])
        #expect(ranked.map(\.recordId) == ["old-lead", "fresh-lead", "message", "task", "big-deal", "small-deal"])
    }

    @Test func keepsToAScreenfulWithoutOneReasonCrowdingOutTheOthers() {
        let leads = (0..<20).map { Self.item(.leadAwaitingFirstContact, "lead-\($0)", minutesAgo: Double(100 - $0)) }
        let deals = (0..<2).map { Self.item(.dealWithoutActivity, "deal-\($0)", minutesAgo: 20_000, amount: 5) }
        let ranked = TodayAgenda.rank(leads + deals)
        #expect(ranked.count == TodayAgenda.screenful)
        #expect(ranked.filter { $0.reason == .dealWithoutActivity }.count == 2)
        #expect(ranked.first?.recordId == "lead-0")
        #expect(TodayAgenda.rank([]).isEmpty)
    }

    @Test func theChinaDayEndsAtSixteenHundredUTC() {
        // 2026-11-23 09:00 UTC is 17:00 in Beijing; that day ends at 2026-11-23 16:00 UTC.
        let end = TodayAgenda.endOfChinaDay(containing: Self.base)
        #expect(end == Date(timeIntervalSince1970: 1_795_449_600))
        // 20:00 UTC is already the next day in Beijing.
        #expect(TodayAgenda.endOfChinaDay(containing: Self.base.addingTimeInterval(11 * 3600)) == end.addingTimeInterval(86_400))
    }

    @Test func theWeekStartsOnMondayMidnightInChina() {
        // Monday 2026-11-23 17:00 in Beijing → the week began that day at 00:00 Beijing (Sunday 16:00 UTC).
        let monday = WeeklyFigures.weekStart(containing: Self.base)
        #expect(monday == Date(timeIntervalSince1970: 1_795_363_200))
        // The following Sunday evening in Beijing still belongs to that week.
        #expect(WeeklyFigures.weekStart(containing: Self.base.addingTimeInterval(6 * 86_400 + 5 * 3600)) == monday)
        #expect(
            WeeklyFigures.weekStart(containing: Self.base.addingTimeInterval(7 * 86_400)) == monday.addingTimeInterval(7 * 86_400)
        )
    }
}
