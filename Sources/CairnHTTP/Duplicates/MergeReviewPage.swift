import CairnCore

/// Reviewing accounts before merging them: which one survives, which are merged into it, and for every field
/// where they differ, whose value is kept. Nothing is decided that the person cannot see.
struct MergeReviewPage {
    let chrome: PageChrome
    let records: [Stored<AccountFields>]
    let ownerNames: [String: String]
    var errors = FormErrors()
    /// Per account: how many contacts, deals, activities and tasks it has (all move to the one kept).
    var children: [String: [Int]] = [:]

    private var language: Language { chrome.web.language }

    /// Each field's displayed value per record, for the fields where the records differ.
    private var differing: [(field: String, values: [String])] {
        let rows = records.map { [("name", $0.fields.name)] + DeclaredDisplay.facts($0.fields, language) }
        guard let first = rows.first else { return [] }
        return first.indices.compactMap { index in
            let values = rows.map { $0[index].value.trimmingCharacters(in: .whitespaces) }
            return Set(values).count > 1 ? (first[index].field, values) : nil
        }
    }

    func render() -> HTMLNode {
        PageLayout.document(title: chrome.text("web.merge.title"), chrome: chrome) {
            form(
                HTMLAttribute("method", "post"), HTMLAttribute("action", WebPaths.mergeReview), .class("card"),
                .id("merge-form")
            ) {
                FormControls.tokenField(chrome.web)
                p(.class("hint")) { chrome.text("web.merge.hint") }
                FormControls.otherErrors(errors, shown: [])
                Tables.scrollableRegion(label: chrome.text("web.merge.title")) {
                    table(.id("merge-table")) {
                        thead {
                            tr {
                                th(HTMLAttribute("scope", "col")) { chrome.text("web.merge.field") }
                                for record in records {
                                    th(HTMLAttribute("scope", "col")) {
                                        a(.href(WebPaths.account(record.id))) { record.fields.name }
                                        br()
                                        small { ownerNames[record.meta.ownerId] ?? "" }
                                    }
                                }
                            }
                        }
                        tbody {
                            rows()
                            childrenRow()
                        }
                    }
                }
                button(.type("submit"), .class("button primary")) { chrome.text("web.merge.submit") }
            }
        }
    }

    @HTMLBuilder private func childrenRow() -> [HTMLNode] {
        tr {
            th(HTMLAttribute("scope", "row")) { chrome.text("web.merge.children") }
            for record in records {
                td(.class("merge-children")) {
                    let counts = children[record.id] ?? [0, 0, 0, 0]
                    chrome.text(
                        "web.merge.children_counts",
                        [
                            "contacts": String(counts[0]), "deals": String(counts[1]), "activities": String(counts[2]),
                            "tasks": String(counts[3]),
                        ])
                }
            }
        }
    }

    @HTMLBuilder private func rows() -> [HTMLNode] {
        tr {
            th(HTMLAttribute("scope", "row")) { chrome.text("web.merge.survivor") }
            for (index, record) in records.enumerated() {
                td {
                    label {
                        input(
                            .type("radio"), .name("survivor"), .value(record.id), index == 0 ? .flag("checked") : nil)
                        " \(chrome.text("web.merge.keep_this"))"
                    }
                    input(.type("hidden"), .name("ids"), .value(record.id))
                }
            }
        }
        for (field, values) in differing {
            tr {
                th(HTMLAttribute("scope", "row")) { chrome.text("field.\(field)") }
                let chosen = values.firstIndex { !$0.isEmpty }
                for (index, record) in records.enumerated() {
                    td {
                        if values[index].isEmpty {
                            chrome.text("web.none")
                        } else {
                            label {
                                input(
                                    .type("radio"), .name("keep.\(field)"), .value(record.id),
                                    index == chosen ? .flag("checked") : nil)
                                " \(values[index])"
                            }
                        }
                    }
                }
            }
        }
    }
}
