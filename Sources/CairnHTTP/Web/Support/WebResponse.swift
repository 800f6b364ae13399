import CairnCore
import Hummingbird

/// HTML responses and redirects.
enum WebResponse {
    /// A page as `text/html; charset=utf-8`, never cached (pages show private data).
    static func page(_ document: HTMLNode, status: HTTPResponse.Status = .ok, language: Language) -> Response {
        let body = "<!DOCTYPE html>" + document.render()
        return Response(
            status: status,
            headers: [
                .contentType: "text/html; charset=utf-8", .contentLanguage: language.rawValue, .cacheControl: "no-store",
                .init("X-Content-Type-Options")!: "nosniff", .init("X-Frame-Options")!: "DENY",
                .init("Referrer-Policy")!: "same-origin",
                .init("Content-Security-Policy")!:
                    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    /// 303 See Other: after a form post, the browser loads the target with GET.
    static func redirect(to location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location, .cacheControl: "no-store"])
    }

    /// A local path to return to after a form, or `fallback` for anything that could leave the site.
    static func safeReturnPath(_ path: String?, fallback: String) -> String {
        // Browsers drop tabs and line breaks anywhere in a URL and read `\` as `/`, so `/\t/evil.example` becomes
        // `//evil.example`: any control, space or format character, or a backslash, makes the path unsafe.
        guard let path, path.count < 2000, path.hasPrefix("/"), !path.hasPrefix("//"), !path.contains("\\"),
            !path.unicodeScalars.contains(where: Self.isUnsafeInLocation)
        else {
            return fallback
        }
        return path
    }

    private static func isUnsafeInLocation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator: true
        default: scalar.properties.isWhitespace
        }
    }
}
