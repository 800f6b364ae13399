/// Lets page code list children the way the document reads: nodes, strings (escaped), `if`, `for`.
@resultBuilder
public enum HTMLBuilder {
    public static func buildBlock(_ parts: [HTMLNode]...) -> [HTMLNode] { parts.flatMap { $0 } }
    public static func buildExpression(_ node: HTMLNode) -> [HTMLNode] { [node] }
    public static func buildExpression(_ nodes: [HTMLNode]) -> [HTMLNode] { nodes }
    public static func buildExpression(_ text: String) -> [HTMLNode] { [.text(text)] }
    public static func buildOptional(_ nodes: [HTMLNode]?) -> [HTMLNode] { nodes ?? [] }
    public static func buildEither(first nodes: [HTMLNode]) -> [HTMLNode] { nodes }
    public static func buildEither(second nodes: [HTMLNode]) -> [HTMLNode] { nodes }
    public static func buildArray(_ groups: [[HTMLNode]]) -> [HTMLNode] { groups.flatMap { $0 } }
    public static func buildLimitedAvailability(_ nodes: [HTMLNode]) -> [HTMLNode] { nodes }
}
