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

    /// The methods registered for a concrete path (`{id}` segments match anything), sorted; empty when none. As in
    /// the router, a literal segment wins over a parameter, so `/accounts/duplicate-check` answers for itself, not
    /// for `/accounts/{id}`.
    func allowed(for path: String) -> [String] {
        let segments = path.split(separator: "/")
        let matches = lock.withLock {
            routes.filter { route in
                route.segments.count == segments.count
                    && zip(route.segments, segments).allSatisfy { pattern, value in
                        Self.isParameter(pattern) || pattern == value
                    }
            }
        }
        // The most literal pattern: literal segments as early as possible.
        func literals(_ route: (segments: [Substring], method: String)) -> [Int] {
            route.segments.map { Self.isParameter($0) ? 0 : 1 }
        }
        guard let best = matches.map(literals).max(by: { $0.lexicographicallyPrecedes($1) }) else { return [] }
        return Array(Set(matches.filter { literals($0) == best }.map(\.method))).sorted()
    }

    /// The registered paths that take forms but no GET (`/accounts/{id}/edit`), for the tests that open each.
    func formOnlyPaths() -> [String] {
        let all = lock.withLock { routes }
        let paths = Set(all.map { "/" + $0.segments.joined(separator: "/") })
        return paths.filter { path in !all.contains { "/" + $0.segments.joined(separator: "/") == path && $0.method == "GET" } }
            .sorted()
    }

    /// The nearest address above `path` that a GET answers (`/accounts/7/edit` → `/accounts/7`), when `path`
    /// itself takes other methods only; nil when it takes none or no page is above it.
    func nearestPage(above path: String) -> String? {
        let allowedHere = allowed(for: path)
        guard !allowedHere.isEmpty, !allowedHere.contains("GET") else { return nil }
        var segments = path.split(separator: "/")
        while !segments.isEmpty {
            segments.removeLast()
            let candidate = "/" + segments.joined(separator: "/")
            if allowed(for: candidate).contains("GET") { return candidate }
        }
        return nil
    }

    private static func isParameter(_ segment: Substring) -> Bool { segment.hasPrefix("{") || segment.hasPrefix(":") }
}
