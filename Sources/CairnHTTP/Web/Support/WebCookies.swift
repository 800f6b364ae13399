import CairnCore
import Crypto
import Foundation
import Hummingbird

/// The cookies the web pages use, and the form token derived from them.
enum WebCookies {
    /// The signed-in session (the same opaque token the API accepts as a bearer token).
    static let session = "cairn_session"
    /// A random value for browsers that are not signed in, so the login form is protected too.
    static let formSecret = "cairn_form"
    /// The chosen language.
    static let language = "cairn_lang"

    /// The form token for a secret: a one-way hash, so a page showing it never reveals the cookie.
    static func formToken(secret: String) -> String {
        let digest = SHA256.hash(data: Data("cairn-form-token:\(secret)".utf8))
        return digest.map { String(format: "%02x", $0) }.joined()
    }

    /// A fresh random secret (32 bytes, hex).
    static func newSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    /// A cookie only the server reads: HttpOnly, SameSite=Lax, Secure over TLS.
    static func make(_ name: String, value: String, maxAge: Int?, secure: Bool) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }

    /// A cookie that deletes the named one.
    static func expired(_ name: String, secure: Bool) -> Cookie {
        make(name, value: "", maxAge: 0, secure: secure)
    }
}
