import CairnCore

/// Field errors of a refused form, as sentences in the reader's language, by field name.
struct FormErrors: Sendable {
    private(set) var messages: [String: [String]] = [:]

    /// No errors.
    init() {}

    /// The errors a service reported, in a language.
    init(_ errors: [FieldError], language: Language) {
        for error in errors {
            messages[error.field, default: []].append(MessageCatalog.message(for: error, language))
        }
    }

    /// Whether any field has an error.
    var isEmpty: Bool { messages.isEmpty }
    /// The sentences for one field.
    func messages(for field: String) -> [String] { messages[field] ?? [] }
}

/// Labelled form fields with their errors next to them, the same on every page.
enum FormControls {
    /// The hidden form token every form carries.
    static func tokenField(_ web: WebState) -> HTMLNode {
        input(.type("hidden"), .name("_csrf"), .value(web.csrfToken))
    }

    /// A text input with its label and errors.
    static func textField(
        _ name: String, label caption: String, value: String?, errors: FormErrors, type: String = "text",
        isRequired: Bool = false, autocomplete: String? = nil, idPrefix: String = "field", hint: String? = nil
    ) -> HTMLNode {
        let fieldId = "\(idPrefix)-\(name)"
        let messages = errors.messages(for: name)
        return div(.class(messages.isEmpty ? "field" : "field has-error")) {
            label(.for(fieldId)) {
                caption
                if isRequired { span(.class("required"), .aria("hidden", "true")) { " *" } }
            }
            input(
                .type(type), .id(fieldId), .name(name), .value(value ?? ""), isRequired ? .flag("required") : nil,
                autocomplete.map { HTMLAttribute("autocomplete", $0) },
                messages.isEmpty ? nil : .aria("invalid", "true"),
                describedBy(fieldId, messages: messages, hint: hint))
            fieldNotes(fieldId, messages: messages, hint: hint)
        }
    }

    /// A multi-line text field.
    static func textArea(
        _ name: String, label caption: String, value: String?, errors: FormErrors, isRequired: Bool = false,
        idPrefix: String = "field", rows: Int = 3, hint: String? = nil
    ) -> HTMLNode {
        let fieldId = "\(idPrefix)-\(name)"
        let messages = errors.messages(for: name)
        return div(.class(messages.isEmpty ? "field" : "field has-error")) {
            label(.for(fieldId)) { caption }
            textarea(
                .id(fieldId), .name(name), HTMLAttribute("rows", String(rows)), isRequired ? .flag("required") : nil,
                messages.isEmpty ? nil : .aria("invalid", "true"), describedBy(fieldId, messages: messages, hint: hint)
            ) { value ?? "" }
            fieldNotes(fieldId, messages: messages, hint: hint)
        }
    }

    /// A drop-down of choices; `blank` adds an empty first option with that label.
    static func selectField(
        _ name: String, label caption: String, options: [(value: String, label: String)], selected: String?,
        errors: FormErrors, blank: String? = nil, isRequired: Bool = false, idPrefix: String = "field"
    ) -> HTMLNode {
        let fieldId = "\(idPrefix)-\(name)"
        let messages = errors.messages(for: name)
        return div(.class(messages.isEmpty ? "field" : "field has-error")) {
            label(.for(fieldId)) { caption }
            select(
                .id(fieldId), .name(name), isRequired ? .flag("required") : nil,
                messages.isEmpty ? nil : .aria("invalid", "true"), describedBy(fieldId, messages: messages, hint: nil)
            ) {
                if let blank { option(.value("")) { blank } }
                for choice in options {
                    option(.value(choice.value), choice.value == selected ? .flag("selected") : nil) { choice.label }
                }
            }
            fieldNotes(fieldId, messages: messages, hint: nil)
        }
    }

    /// Errors for fields the form does not show, listed at its top so nothing is silently dropped.
    static func otherErrors(_ errors: FormErrors, shown: Set<String>) -> HTMLNode {
        let other = errors.messages.filter { !shown.contains($0.key) }.sorted { $0.key < $1.key }.flatMap(\.value)
        guard !other.isEmpty else { return .empty }
        return div(.class("form-errors"), HTMLAttribute("role", "alert")) {
            ul { for message in other { li { message } } }
        }
    }

    private static func describedBy(_ fieldId: String, messages: [String], hint: String?) -> HTMLAttribute? {
        var ids: [String] = []
        if hint != nil { ids.append("\(fieldId)-hint") }
        if !messages.isEmpty { ids.append("\(fieldId)-error") }
        return ids.isEmpty ? nil : .aria("describedby", ids.joined(separator: " "))
    }

    private static func fieldNotes(_ fieldId: String, messages: [String], hint: String?) -> HTMLNode {
        .fragment([
            hint.map { text in p(.class("hint"), .id("\(fieldId)-hint")) { text } } ?? .empty,
            messages.isEmpty
                ? .empty : p(.class("error"), .id("\(fieldId)-error")) { messages.joined(separator: "；") },
        ])
    }
}
