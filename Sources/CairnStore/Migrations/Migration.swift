/// One numbered, append-only schema change. Never edit one that has shipped: add the next number.
public struct Migration: Sendable {
    /// Position in the sequence, from 1.
    public let number: Int
    /// Short description.
    public let name: String
    /// The statements, which may differ per dialect.
    let statements: @Sendable (StorageDialect) -> [String]

    init(_ number: Int, _ name: String, statements: @escaping @Sendable (StorageDialect) -> [String]) {
        self.number = number
        self.name = name
        self.statements = statements
    }
}
