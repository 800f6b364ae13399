import CairnCore
import Foundation

extension DemoDataGenerator {
    /// One account whose name and notes are as long as the fields allow and have nowhere to break (a Latin name of
    /// 186 letters, 2,000 characters of notes), owned by a salesperson and updated yesterday so it sits near the top
    /// of their list: every page must still fit a 390 px phone with it (the browser suite checks each page's width).
    func makeLongTextAccount(_ ids: SeededIDGenerator) -> Stored<AccountFields>? {
        guard let owner = owners.first(where: { $0.role == "sales" }) ?? owners.first else { return nil }
        let name = "深圳" + String(repeating: "Internationalholdings", count: 9).prefix(184)
        let notes = String(repeating: "长备注没有空格可断行Verylongnotewithoutspaces", count: 60).prefix(2_000)
        let fields = AccountFields(
            name: String(name), aliases: ["Internationalholdings"], industry: "I", province: "广东省", city: "深圳市",
            source: .website, status: .prospect, notes: String(notes))
        let created = nowMilliseconds - 40 * Self.day
        let stamps = meta(
            ids.next(), ownerId: owner.id, teamId: owner.teamId, created: created, updated: nowMilliseconds - Self.day)
        return Stored(meta: stamps, fields: checked(fields))
    }
}
