/// Whether two strings differ by at most one edit: one character inserted, deleted or replaced, or two adjacent
/// characters swapped (the typos a credit code or a name picks up when typed).
public enum EditDistance {
    public static func isWithinOne(_ left: String, _ right: String) -> Bool {
        let a = Array(left)
        let b = Array(right)
        if a == b { return true }
        if abs(a.count - b.count) > 1 { return false }
        if a.count == b.count {
            let differing = a.indices.filter { a[$0] != b[$0] }
            if differing.count == 1 { return true }
            if differing.count == 2, differing[1] == differing[0] + 1 {
                return a[differing[0]] == b[differing[1]] && a[differing[1]] == b[differing[0]]
            }
            return false
        }
        let (longer, shorter) = a.count > b.count ? (a, b) : (b, a)
        var i = 0
        while i < shorter.count && longer[i] == shorter[i] { i += 1 }
        return Array(longer[(i + 1)...]) == Array(shorter[i...])
    }

    /// Every string made by deleting one character (the keys that let one-typo variants meet in a block).
    public static func deletions(of text: String) -> [String] {
        let characters = Array(text)
        guard characters.count > 1 else { return [] }
        return characters.indices.map { index in
            var copy = characters
            copy.remove(at: index)
            return String(copy)
        }
    }
}
