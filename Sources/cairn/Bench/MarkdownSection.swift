import Foundation

/// A section of a Markdown file between `<!-- bench:NAME:start -->` and `<!-- bench:NAME:end -->`, which a
/// benchmark command replaces with its latest figures.
struct MarkdownSection {
    let name: String

    var startMarker: String { "<!-- bench:\(name):start -->" }
    var endMarker: String { "<!-- bench:\(name):end -->" }

    /// Replaces the section's content (appends the section when the file lacks it).
    func replace(in path: String, with content: String) throws {
        let existing = (try? String(contentsOfFile: path, encoding: .utf8)) ?? "# Benchmarks\n"
        let section = "\(startMarker)\n\(content)\n\(endMarker)"
        let updated: String
        if let start = existing.range(of: startMarker), let end = existing.range(of: endMarker) {
            updated = existing.replacingCharacters(in: start.lowerBound..<end.upperBound, with: section)
        } else {
            updated = existing + "\n" + section + "\n"
        }
        try updated.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
