import Foundation
import Hummingbird

/// The methods each registered path answers, so a known path asked with another method gets 405 and an `Allow`
/// header rather than 404. Filled once the router has all its routes.
final class RouteMethods: @unchecked Sendable {
    private let lock = NSLock()
    private var routes: [(segments: [Substring], method: String)] = []

    /// Records the routes of a finished router.
    func load(_ descriptions: [Router<CairnRequestContext>.RouteDescription]) {
        let parsed = descriptions.map { ("\($0.path)".split(separator: "/"), $0.method.rawValue) }
        lock.withLock { routes = parsed }
    }

    /// The methods registered for a concrete path (`{id}` segments match anything), sorted; empty when none.
    func allowed(for path: String) -> [String] {
        let segments = path.split(separator: "/")
        let methods = lock.withLock {
            routes.filter { route in
                route.segments.count == segments.count
                    && zip(route.segments, segments).allSatisfy { pattern, value in
                        pattern.hasPrefix("{") || pattern.hasPrefix(":") || pattern == value
                    }
            }.map(\.method)
        }
        return Array(Set(methods)).sorted()
    }
}
