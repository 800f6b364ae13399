import Foundation

/// Ranks candidate items into the short list a salesperson sees first thing: the most urgent reason first, each
/// reason in its own order, and no single reason crowding out the others.
public enum TodayAgenda {
    /// At most this many items: a phone's screenful.
    public static let screenful = 12
    /// Each reason is guaranteed this many places before the rest are filled in ranking order.
    public static let placesPerReason = 3
    /// A deal counts as stalled after this long without an activity.
    public static let quietDays = 7

    /// The ranked list from every candidate.
    public static func rank(_ candidates: [TodayItem], limit: Int = screenful) -> [TodayItem] {
        let ordered = candidates.sorted(by: comesBefore)
        var chosen: [TodayItem] = []
        var perReason: [TodayItem.Reason: Int] = [:]
        var rest: [TodayItem] = []
        for item in ordered {
            if perReason[item.reason, default: 0] < placesPerReason && chosen.count < limit {
                chosen.append(item)
                perReason[item.reason, default: 0] += 1
            } else {
                rest.append(item)
            }
        }
        chosen += rest.prefix(max(0, limit - chosen.count))
        return chosen.sorted(by: comesBefore)
    }

    /// Reason first; waiting items longest-waiting first; deals biggest first.
    static func comesBefore(_ left: TodayItem, _ right: TodayItem) -> Bool {
        if left.reason != right.reason { return left.reason < right.reason }
        if left.reason == .dealWithoutActivity {
            let leftAmount = left.amount?.minorUnits ?? 0
            let rightAmount = right.amount?.minorUnits ?? 0
            if leftAmount != rightAmount { return leftAmount > rightAmount }
        }
        if left.since != right.since { return left.since < right.since }
        return left.recordId < right.recordId
    }

    /// The end of the calendar day containing `date` in China (UTC+8, no daylight saving).
    public static func endOfChinaDay(containing date: Date) -> Date {
        let offset: Int64 = 8 * 3_600_000
        let day: Int64 = 86_400_000
        let local = date.epochMilliseconds + offset
        let start = local - ((local % day) + day) % day
        return Date(epochMilliseconds: start + day - offset)
    }
}
