import Foundation
import Synchronization

/// Every user-facing string, keyed the same in each language (a test checks the keys match).
public enum MessageCatalog {
    /// Looks a key up and fills `{name}` placeholders; the key itself when missing, and the key is noted in
    /// `missingKeys` (a test that renders every page fails on any).
    public static func text(_ key: String, _ language: Language, _ parameters: [String: String] = [:]) -> String {
        guard var text = language.catalog[key] else {
            missing.withLock { _ = $0.insert(key) }
            return key
        }
        for (name, value) in parameters {
            text = text.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return text
    }

    /// Keys looked up since the process started that no catalog defines.
    public static var missingKeys: Set<String> { missing.withLock { $0 } }

    private static let missing = Mutex<Set<String>>([])

    /// The localized sentence for one field error, naming the field in the user's language.
    public static func message(for error: FieldError, _ language: Language) -> String {
        var parameters = error.parameters
        parameters["field"] = fieldLabel(error.field, language)
        var key = "field_error.\(error.code.rawValue)"
        if error.code == .invalidCreditCode, let reason = error.parameters["reason"] {
            key += ".\(reason)"
        }
        return text(key, language, parameters)
    }

    /// The label of a (possibly dotted) field name; the raw name when no label exists.
    public static func fieldLabel(_ field: String, _ language: Language) -> String {
        let leaf = field.split(separator: ".").first.map(String.init) ?? field
        return language.catalog["field.\(field)"] ?? language.catalog["field.\(leaf)"] ?? field
    }
}
