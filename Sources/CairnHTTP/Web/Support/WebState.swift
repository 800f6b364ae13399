import CairnCore

/// What a web request carries besides the actor: the reader's language, the form token and the posted form.
public struct WebState: Sendable {
    /// The language pages are written in.
    public var language: Language = .zhCN
    /// The token every form on the page must send back (`_csrf`).
    public var csrfToken = ""
    /// The posted form, already checked against the token.
    public var form = FormFields()
    /// The session token from the cookie, when there is one.
    public var sessionToken: String?
    /// Whether the browser reached Cairn over TLS (directly or through a proxy), so cookies get `Secure`.
    public var isSecure = false

    /// A page text in the reader's language: a feature's own (`PageTexts`), else the core catalog's.
    public func text(_ key: String, _ parameters: [String: String] = [:]) -> String {
        PageTexts.text(key, language, parameters) ?? MessageCatalog.text(key, language, parameters)
    }
}
