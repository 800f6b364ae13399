import CairnCore
import CairnServices
import Foundation

/// The short way to log an activity anywhere: open, write what happened, save — and, in the same form, when it
/// happened (blank for now), with whom (the account's contacts), how it went, and the next step, which becomes a
/// task. What it concerns travels in hidden fields; the kind starts at the likely one and can be changed.
struct ActivityQuickForm {
    /// The fields the form posts, read through their declarations.
    static let fields = DeclaredForm.shown(
        ActivityFields.self, only: ["kind", "subject", "accountId", "contactId", "leadId", "opportunityId", "rating"])

    /// What the activity concerns.
    var accountId: String?
    var leadId: String?
    var opportunityId: String?
    /// Accounts to choose from when the form is about none yet (`/activities/new` opened on its own).
    var accounts: [(id: String, name: String)] = []
    /// The account's contacts to choose from (none: no contact list), and the one chosen at first.
    var contacts: [(id: String, name: String)] = []
    var contactId: String?
    /// The kind chosen at first.
    var kind: ActivityKind = .call
    /// The opening button's text.
    var buttonLabel: String
    /// Where to come back to after saving.
    var back: String
    /// Makes field ids unique when a page shows several forms.
    var idPrefix: String
    /// Whether the form starts open (a refused form shows its errors).
    var isOpen = false
    /// What was typed, when a refused form comes back, and the errors.
    var typed: FormFields?
    var errors = FormErrors()

    func render(_ web: WebState) -> HTMLNode {
        details(.class("quick-form"), isOpen ? .flag("open") : nil) {
            summary(.class("button")) { buttonLabel }
            form(HTMLAttribute("method", "post"), HTMLAttribute("action", WebPaths.activities)) {
                FormControls.tokenField(web)
                input(.type("hidden"), .name("back"), .value(back))
                if let accountId {
                    input(.type("hidden"), .name("accountId"), .value(accountId))
                } else if leadId == nil {
                    FormControls.selectField(
                        "accountId", label: web.text("field.accountId"), options: accounts.map { ($0.id, $0.name) },
                        selected: typed?["accountId"], errors: errors, blank: web.text("web.choose"), isRequired: true,
                        idPrefix: idPrefix)
                }
                if let leadId { input(.type("hidden"), .name("leadId"), .value(leadId)) }
                if let opportunityId { input(.type("hidden"), .name("opportunityId"), .value(opportunityId)) }
                FormControls.otherErrors(
                    errors,
                    shown: Set(
                        ["kind", "subject", "occurredAt", "contactId", "rating", "nextStep", "nextStepDueAt"]
                            + (accountId == nil && leadId == nil ? ["accountId"] : [])))
                FormControls.selectField(
                    "kind", label: web.text("field.kind"),
                    options: DisplayFormat.options("activity_kind", ActivityKind.rawValues, web.language),
                    selected: typed?["kind"] ?? kind.rawValue, errors: errors, idPrefix: idPrefix)
                FormControls.textArea(
                    "subject", label: web.text("field.subject"), value: typed?["subject"], errors: errors,
                    isRequired: true, idPrefix: idPrefix, rows: 2)
                if !contacts.isEmpty {
                    FormControls.selectField(
                        "contactId", label: web.text("field.contactId"), options: contacts.map { ($0.id, $0.name) },
                        selected: typed?["contactId"] ?? contactId, errors: errors, blank: web.text("web.optional"),
                        idPrefix: idPrefix)
                }
                FormControls.selectField(
                    "rating", label: web.text("field.rating"),
                    options: DisplayFormat.options("activity_rating", ActivityRating.rawValues, web.language),
                    selected: typed?["rating"], errors: errors, blank: web.text("web.optional"), idPrefix: idPrefix)
                FormControls.textField(
                    "occurredAt", label: web.text("field.occurredAt"), value: typed?["occurredAt"], errors: errors,
                    type: "datetime-local", idPrefix: idPrefix, hint: web.text("web.activity.when_hint"))
                FormControls.textField(
                    "nextStep", label: web.text("field.nextStep"), value: typed?["nextStep"], errors: errors,
                    idPrefix: idPrefix, hint: web.text("web.activity.next_step_hint"))
                FormControls.textField(
                    "nextStepDueAt", label: web.text("field.nextStepDueAt"), value: typed?["nextStepDueAt"],
                    errors: errors, type: "date", idPrefix: idPrefix)
                button(.type("submit"), .class("button primary")) { web.text("web.activity.save") }
            }
        }
    }
}

/// Reading the activity form's times, which a browser sends as China wall-clock time.
enum ActivityFormTimes {
    /// The activity with its time, the next step with its date, and what could not be read.
    static func read(_ form: FormFields, into fields: ActivityFields) -> (ActivityFields, NextStep?, [FieldError]) {
        var activity = fields
        var problems: [FieldError] = []
        do { activity.occurredAt = try occurredAt(form["occurredAt"]) } catch {
            if case .validation(let errors) = error { problems += errors }
        }
        var due: Date?
        do { due = try dueAt(form["nextStepDueAt"]) } catch {
            if case .validation(let errors) = error { problems += errors }
        }
        if form.text("nextStep") == nil, due != nil { problems.append(FieldError(field: "nextStep", code: .required)) }
        return (activity, form.text("nextStep").map { NextStep(title: $0, dueAt: due) }, problems)
    }

    /// `2026-11-29T15:30` (a datetime-local input) as an instant in China time; nil when blank, an error when unreadable.
    static func occurredAt(_ text: String?) throws(ServiceError) -> Date? {
        try parse(text, format: "yyyy-MM-dd'T'HH:mm", field: "occurredAt", example: "2026-11-29T15:30")
    }

    /// `2026-12-01` (a date input) as 09:00 that day in China time, when a next step falls due.
    static func dueAt(_ text: String?) throws(ServiceError) -> Date? {
        try parse(
            text.map { $0.isEmpty ? $0 : $0 + "T09:00" }, format: "yyyy-MM-dd'T'HH:mm", field: "nextStepDueAt",
            example: "2026-12-01")
    }

    private static func parse(
        _ text: String?, format: String, field: String, example: String
    ) throws(ServiceError)
        -> Date?
    {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        guard let date = DisplayFormat.chinaFormatter(format).date(from: text) else {
            throw .validation([FieldError(field: field, code: .invalidDate, parameters: ["format": example])])
        }
        return date
    }
}
