extension Array {
    /// The elements in consecutive slices of at most `size`, for multi-row statements that must stay under the
    /// databases' bind limits.
    func chunked(by size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min(count, $0 + size)] }
    }
}
