import CairnCore

/// The three-step way to log an activity anywhere: open, write what happened, save. What it concerns travels in
/// hidden fields; the kind starts at the likely one and can be changed.
struct ActivityQuickForm {
    /// The fields the form posts, read through their declarations.
    static let fields = DeclaredForm.shown(
        ActivityFields.self, only: ["kind", "subject", "accountId", "contactId", "leadId", "opportunityId", "rating"])

    /// What the activity concerns.
    var accountId: String?
    var leadId: String?
    var opportunityId: String?
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
    /// The typed summary and the errors of a refused attempt.
    var subject: String?
    var errors = FormErrors()

    func render(_ web: WebState) -> HTMLNode {
        details(.class("quick-form"), isOpen ? .flag("open") : nil) {
            summary(.class("button")) { buttonLabel }
            form(HTMLAttribute("method", "post"), HTMLAttribute("action", WebPaths.activities)) {
                FormControls.tokenField(web)
                input(.type("hidden"), .name("back"), .value(back))
                if let accountId { input(.type("hidden"), .name("accountId"), .value(accountId)) }
                if let leadId { input(.type("hidden"), .name("leadId"), .value(leadId)) }
                if let opportunityId { input(.type("hidden"), .name("opportunityId"), .value(opportunityId)) }
                FormControls.otherErrors(errors, shown: ["kind", "subject", "rating"])
                FormControls.selectField(
                    "kind", label: web.text("field.kind"),
                    options: DisplayFormat.options("activity_kind", ActivityKind.rawValues, web.language),
                    selected: kind.rawValue, errors: errors, idPrefix: idPrefix)
                FormControls.textArea(
                    "subject", label: web.text("web.activity.subject"), value: subject, errors: errors,
                    isRequired: true, idPrefix: idPrefix, rows: 2)
                FormControls.selectField(
                    "rating", label: web.text("field.rating"),
                    options: DisplayFormat.options("activity_rating", ActivityRating.rawValues, web.language),
                    selected: nil, errors: errors, blank: web.text("web.optional"), idPrefix: idPrefix)
                button(.type("submit"), .class("button primary")) { web.text("web.activity.save") }
            }
        }
    }
}
