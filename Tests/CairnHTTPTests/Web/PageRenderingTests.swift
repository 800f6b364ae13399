import CairnCore
import Foundation
import Testing

@testable import CairnHTTP

/// Page models rendered without a server: what the reader sees, in both languages.
struct PageRenderingTests {
    static let now = Date(timeIntervalSince1970: 1_795_424_400)

    static func chrome(_ language: Language, section: PageChrome.Section? = nil) -> PageChrome {
        var web = WebState()
        web.language = language
        web.csrfToken = "token"
        let user = User(id: "u1", email: "wang@example.com", name: "王磊", role: "sales", teamId: "t1", createdAt: now)
        return PageChrome(web: web, user: user, section: section, path: "/today")
    }

    static func visibleText(_ node: HTMLNode) -> String {
        let markup = node.render().replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
        return markup.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func todayShowsEachItemWithItsWaitAndAction() {
        let items = [
            TodayItem(
                reason: .leadAwaitingFirstContact, recordId: "lead-1", recordVersion: 1, title: "钱立新", accountName: "无锡立新电子",
                leadId: "lead-1", since: Self.now.addingTimeInterval(-35 * 60)),
            TodayItem(
                reason: .dealWithoutActivity, recordId: "deal-1", recordVersion: 3, title: "产线改造", accountId: "acc-1",
                accountName: "苏州恒通", opportunityId: "deal-1", since: Self.now.addingTimeInterval(-9 * 86_400),
                amount: Money(minorUnits: 123_456_700)),
        ]
        let chinese = TodayPage(chrome: Self.chrome(.zhCN, section: .today), items: items, now: Self.now).render()
        let text = Self.visibleText(chinese)
        #expect(text.contains("新线索待首次联系 钱立新 无锡立新电子 已等待 35 分钟 记录通话"))
        #expect(text.contains("商机 7 天无跟进 产线改造 苏州恒通 ¥1,234,567.00 · 9 天 无跟进"))
        let markup = chinese.render()
        #expect(markup.contains("<a href=\"/today\" aria-current=\"page\">今日必做</a>"))
        #expect(markup.contains("name=\"leadId\" value=\"lead-1\""))
        #expect(markup.contains("name=\"_csrf\" value=\"token\""))
        let english = Self.visibleText(TodayPage(chrome: Self.chrome(.en), items: items, now: Self.now).render())
        #expect(english.contains("New lead, not yet contacted 钱立新 无锡立新电子 waiting 35 min Log call"))
        #expect(english.contains("中文"))
    }

    @Test func boardColumnsCarryTheirCountAndTotalEvenBeyondTheCardsShown() {
        let deal = Stored(
            meta: RecordMeta(id: "d1", ownerId: "u1", teamId: "t1", createdAt: Self.now, createdBy: "u1"),
            fields: OpportunityFields(accountId: "a1", name: "配电柜", amount: Money(minorUnits: 30_000_000)))
        let page = PipelineBoardPage(
            chrome: Self.chrome(.zhCN), columns: ["qualification": [deal]],
            totals: [StageTotal(stage: "qualification", currency: "CNY", count: 3, amountMinor: 50_000_000)],
            accountNames: ["a1": "南京金陵电气"], owners: [], teams: [], filter: DealFilter())
        let text = Self.visibleText(page.render())
        #expect(text.contains("初步接触 · 10% 3 个 · ¥500,000.00 配电柜 南京金陵电气 ¥300,000.00"))
        #expect(text.contains("另有 2 个未显示"))
        #expect(text.contains("需求确认 · 30% 0 个 · ¥0.00"))
        // The card's menu proposes the next stage.
        #expect(page.render().render().contains("<option value=\"needs_confirmed\" selected>需求确认</option>"))
    }
}
