import CairnCore

/// Reads the account forms (quick add and edit) into fields through the field declarations; the service validates.
enum AccountWebForm {
    /// The three fields quick add asks for.
    static let quickAddFields = DeclaredForm.shown(AccountFields.self, only: ["name", "phone", "source", "creditCode"])
    /// The fields the edit form shows: every field users give.
    static let editableFields = DeclaredForm.shown(AccountFields.self)

    /// A new account from the quick-add fields.
    static func quickAdd(_ form: FormFields) throws -> AccountFields {
        try DeclaredForm.read(form, over: .blank, shown: quickAddFields)
    }

    /// The current fields with the edit form's values put over them.
    static func edited(_ current: AccountFields, with form: FormFields) throws -> AccountFields {
        try DeclaredForm.read(form, over: current, shown: editableFields)
    }
}
