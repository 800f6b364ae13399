import Foundation

/// A folder under the system's temporary directory that exists for one benchmark run (its database, wrk scripts).
struct ScratchDirectory {
    let url: URL

    /// Creates a new, empty folder.
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of a file inside it.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Deletes the folder and everything in it.
    func remove() { try? FileManager.default.removeItem(at: url) }
}
