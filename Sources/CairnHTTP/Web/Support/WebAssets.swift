import Foundation
import Hummingbird

/// The stylesheet, script and icon, shipped as resources and served from Cairn itself (no outside assets).
enum WebAssets {
    static let stylesheet = load("cairn", "css")
    static let script = load("cairn", "js")
    /// A cairn of three stones in the brand's blue, 32 px (browsers ask for it on every first visit).
    static let icon = load("favicon", "ico")

    static func addRoutes(to router: Router<CairnRequestContext>) {
        router.get(RouterPath(WebPaths.stylesheet)) { _, _ in response(stylesheet, type: "text/css; charset=utf-8") }
        router.get(RouterPath(WebPaths.script)) { _, _ in response(script, type: "text/javascript; charset=utf-8") }
        router.get(RouterPath(WebPaths.favicon)) { _, _ in response(icon, type: "image/x-icon") }
    }

    private static func response(_ bytes: [UInt8], type: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: type, .cacheControl: "public, max-age=3600"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    private static func load(_ name: String, _ fileExtension: String) -> [UInt8] {
        guard let url = Bundle.module.url(forResource: name, withExtension: fileExtension, subdirectory: "web"),
            let data = try? Data(contentsOf: url)
        else { return [] }
        return [UInt8](data)
    }
}
