import CairnCore

/// Reads the account forms (quick add and edit) into fields; the service validates them.
enum AccountWebForm {
    /// The fields the edit form shows.
    static let editableFields = [
        "name", "creditCode", "phone", "email", "industry", "province", "city", "address", "source", "tier", "status",
    ]

    /// A new account from the three quick-add fields.
    static func quickAdd(_ form: FormFields) -> AccountFields {
        AccountFields(name: form["name"] ?? "", phone: form.text("phone"), source: form.text("source"))
    }

    /// The current fields with the edit form's values put over them (fields the form does not show are kept).
    static func edited(_ current: AccountFields, with form: FormFields) -> AccountFields {
        var fields = current
        fields.name = form["name"] ?? ""
        fields.creditCode = form.text("creditCode")
        fields.phone = form.text("phone")
        fields.email = form.text("email")
        fields.industry = form.text("industry")
        fields.province = form.text("province")
        fields.city = form.text("city")
        fields.address = form.text("address")
        fields.source = form.text("source")
        fields.tier = form.text("tier")
        fields.status = form.text("status") ?? current.status
        return fields
    }
}
