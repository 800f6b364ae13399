import CairnCore
import CairnServices

/// The accounts a user may see: search, filters, sort and cursor paging, all in the address so it can be
/// bookmarked.
struct AccountListPage {
    /// The filters a list offers, by field, in the order the toolbar shows them.
    static let filterFields = ["ownerId", "industry", "province", "tier", "status"]
    static let sorts = ["-updatedAt", "name", "-createdAt"]
    /// The columns a phone-wide screen keeps; the others appear from tablet width up.
    static let phoneColumns: Set<String> = ["name", "phone", "tier"]

    let chrome: PageChrome
    let request: ListRequest
    /// The accounts on this page; nil when the query was refused.
    let accounts: [Stored<AccountFields>]?
    let nextCursor: String?
    let owners: [User]
    let errors: FormErrors
    /// The user's saved views of this list.
    var views: [SavedView] = []
    /// How many accounts match, counted up to `countCap + 1`; nil when not counted.
    var total: Int?

    /// Above this many matches the list says "1,000+" instead of counting on.
    static let countCap = 1_000

    private var language: Language { chrome.web.language }

    func render() -> HTMLNode {
        PageLayout.document(title: chrome.text("web.accounts.title"), chrome: chrome) {
            toolbar()
            savedViews()
            FormControls.otherErrors(errors, shown: ["name"])
            if let total {
                p(.class("result-count"), .id("result-count"), HTMLAttribute("role", "status")) {
                    total > Self.countCap
                        ? chrome.text("web.accounts.count_over", ["n": DisplayFormat.count(Self.countCap, language)])
                        : chrome.text("web.accounts.count", ["n": DisplayFormat.count(total, language)])
                }
            }
            if let accounts {
                if accounts.isEmpty {
                    p(.class("empty-state")) { chrome.text("web.accounts.empty") }
                } else {
                    resultsTable(accounts)
                }
                pager()
            }
        }
    }

    private func toolbar() -> HTMLNode {
        form(
            HTMLAttribute("method", "get"), HTMLAttribute("action", WebPaths.accounts), .id("accounts-search"),
            HTMLAttribute("role", "search"), .class("card toolbar")
        ) {
            FormControls.textField(
                "q", label: chrome.text("web.accounts.search"), value: request.search, errors: FormErrors(),
                type: "search", idPrefix: "filter", hint: chrome.text("web.accounts.search_hint"))
            filters()
            FormControls.selectField(
                "sort", label: chrome.text("field.sort"),
                options: Self.sorts.map { ($0, chrome.text("web.sort.\($0)")) }, selected: request.effectiveSort,
                errors: FormErrors(), idPrefix: "filter")
            div(.class("toolbar-actions")) {
                button(.type("submit"), .class("button primary")) { chrome.text("web.accounts.apply") }
                a(.class("button subtle"), .href(WebPaths.accounts)) { chrome.text("web.accounts.clear") }
            }
        }
    }

    /// The filters, folded away behind one button until one is in use.
    private func filters() -> HTMLNode {
        let active = Self.filterFields.filter { request.filters[$0] != nil }.count
        return details(.class("filters"), active > 0 ? .flag("open") : nil) {
            summary(.class("button subtle")) {
                active > 0
                    ? chrome.text("web.accounts.filters_active", ["n": String(active)]) : chrome.text("web.accounts.filters")
            }
            div(.class("filter-fields")) {
                FormControls.selectField(
                    "ownerId", label: chrome.text("field.ownerId"), options: owners.map { ($0.id, $0.name) },
                    selected: request.filters["ownerId"], errors: FormErrors(), blank: chrome.text("web.any"),
                    idPrefix: "filter")
                FormControls.selectField(
                    "industry", label: chrome.text("field.industry"), options: AccountChoices.industries(language),
                    selected: request.filters["industry"], errors: FormErrors(), blank: chrome.text("web.any"),
                    idPrefix: "filter")
                FormControls.selectField(
                    "province", label: chrome.text("field.province"), options: AccountChoices.provinces(language),
                    selected: request.filters["province"], errors: FormErrors(), blank: chrome.text("web.any"),
                    idPrefix: "filter")
                FormControls.selectField(
                    "tier", label: chrome.text("field.tier"), options: AccountChoices.tiers(),
                    selected: request.filters["tier"], errors: FormErrors(), blank: chrome.text("web.any"), idPrefix: "filter")
                FormControls.selectField(
                    "status", label: chrome.text("field.status"), options: AccountChoices.statuses(language),
                    selected: request.filters["status"], errors: FormErrors(), blank: chrome.text("web.any"),
                    idPrefix: "filter")
            }
        }
    }

    /// The user's views as links, each deletable, and a form that saves the current list as a view.
    private func savedViews() -> HTMLNode {
        // With no views yet, only the button that saves one: the list comes first.
        section(.class(views.isEmpty ? "saved-views" : "card saved-views"), .aria("labelledby", "views-heading")) {
            h2(.id("views-heading"), views.isEmpty ? .class("visually-hidden") : nil) { chrome.text("web.views.title") }
            if !views.isEmpty {
                ul(.class("view-list"), .id("saved-views")) {
                    for view in views {
                        li {
                            a(.href(view.query.isEmpty ? WebPaths.accounts : "\(WebPaths.accounts)?\(view.query)")) {
                                view.name
                            }
                            form(
                                HTMLAttribute("method", "post"), HTMLAttribute("action", WebPaths.savedViewDelete(view.id)),
                                .class("inline")
                            ) {
                                FormControls.tokenField(chrome.web)
                                button(
                                    .type("submit"), .class("link-button"),
                                    .aria("label", chrome.text("web.views.delete_named", ["name": view.name]))
                                ) { chrome.text("web.views.delete") }
                            }
                        }
                    }
                }
            }
            // Saving is one button until used (or refused, when it opens with the error next to the name).
            details(.class("save-view"), errors.messages(for: "name").isEmpty ? nil : .flag("open")) {
                summary(.class("button subtle"), .id("save-view-open")) { chrome.text("web.views.save_open") }
                form(
                    HTMLAttribute("method", "post"), HTMLAttribute("action", WebPaths.savedViews), .class("toolbar"),
                    .id("save-view-form")
                ) {
                    FormControls.tokenField(chrome.web)
                    input(.type("hidden"), .name("query"), .value(currentQuery))
                    FormControls.textField(
                        "name", label: chrome.text("web.views.name"), value: nil, errors: errors, isRequired: true,
                        idPrefix: "view")
                    button(.type("submit"), .class("button")) { chrome.text("web.views.save") }
                }
            }
        }
    }

    /// The query string of this list without its cursor (what a saved view keeps).
    var currentQuery: String {
        var query: [(String, String?)] = [("q", request.search)]
        for field in Self.filterFields { query.append((field, request.filters[field])) }
        query.append(("sort", request.sort))
        let path = WebPaths.with("", query)
        return path.hasPrefix("?") ? String(path.dropFirst()) : path
    }

    private func resultsTable(_ accounts: [Stored<AccountFields>]) -> HTMLNode {
        let ownerNames = owners.namesByID
        return Tables.scrollableRegion(label: chrome.text("web.accounts.title")) {
            HTMLNode.element(
                "table", [.id("accounts-table")],
                [
                    HTMLNode.element("caption", [.class("visually-hidden")], [.text(chrome.text("web.accounts.title"))]),
                    thead {
                        tr {
                            for field in ["name", "phone", "industry", "province", "tier", "status", "ownerId"] {
                                th(
                                    HTMLAttribute("scope", "col"),
                                    Self.phoneColumns.contains(field) ? nil : .class("wide-only")
                                ) { chrome.text("field.\(field)") }
                            }
                        }
                    },
                    tbody {
                        for account in accounts {
                            tr {
                                td { a(.href(WebPaths.account(account.id))) { account.fields.name } }
                                td {
                                    if let phone = account.fields.phone {
                                        a(.href("tel:\(phone)")) { DisplayFormat.phone(phone) }
                                    }
                                }
                                td(.class("wide-only")) { AccountChoices.industryName(account.fields.industry, language) }
                                td(.class("wide-only")) { place(account.fields) }
                                td { account.fields.tier?.rawValue ?? "" }
                                td(.class("wide-only")) {
                                    DisplayFormat.choice("account_status", account.fields.status, language)
                                }
                                td(.class("wide-only")) { ownerNames[account.meta.ownerId] ?? "" }
                            }
                        }
                    },
                ])
        }
    }

    private func place(_ fields: AccountFields) -> String {
        AccountChoices.provinceName(fields.province, language) + " "
            + AccountChoices.cityName(fields.city, province: fields.province, language)
    }

    private func pager() -> HTMLNode {
        nav(.class("pager"), .aria("label", chrome.text("web.pager.label"))) {
            if request.cursor != nil {
                a(.href(link(cursor: nil))) { chrome.text("web.pager.first") }
            }
            if let nextCursor {
                a(.href(link(cursor: nextCursor)), HTMLAttribute("rel", "next")) { chrome.text("web.pager.next") }
            }
        }
    }

    /// This list's address with another cursor.
    private func link(cursor: String?) -> String {
        var query: [(String, String?)] = [("q", request.search)]
        for field in Self.filterFields { query.append((field, request.filters[field])) }
        query.append(("sort", request.sort))
        query.append(("cursor", cursor))
        return WebPaths.with(WebPaths.accounts, query)
    }
}
