/// A piece of an HTML document. Text and attribute values are escaped when rendered, so data can never become
/// markup; only `raw` (for trusted constants such as the doctype) is written as is.
public struct HTMLNode: Sendable {
    enum Content: Sendable {
        case element(name: String, attributes: [HTMLAttribute], children: [HTMLNode])
        case voidElement(name: String, attributes: [HTMLAttribute])
        case text(String)
        case raw(String)
        case fragment([HTMLNode])
    }

    let content: Content

    /// Escaped text.
    public static func text(_ text: String) -> HTMLNode { HTMLNode(content: .text(text)) }
    /// Markup written unchanged; only for constants in the code, never for data.
    public static func raw(_ markup: String) -> HTMLNode { HTMLNode(content: .raw(markup)) }
    /// Several nodes without a wrapping element.
    public static func fragment(_ nodes: [HTMLNode]) -> HTMLNode { HTMLNode(content: .fragment(nodes)) }
    /// Nothing.
    public static let empty = HTMLNode(content: .fragment([]))

    /// An element with children.
    public static func element(_ name: String, _ attributes: [HTMLAttribute], _ children: [HTMLNode]) -> HTMLNode {
        HTMLNode(content: .element(name: name, attributes: attributes, children: children))
    }

    /// An element that has no closing tag (`input`, `meta`, `link`, `br`).
    public static func voidElement(_ name: String, _ attributes: [HTMLAttribute]) -> HTMLNode {
        HTMLNode(content: .voidElement(name: name, attributes: attributes))
    }
}

/// One attribute; a nil value writes the bare name (boolean attributes such as `required`).
public struct HTMLAttribute: Sendable {
    let name: String
    let value: String?

    /// An attribute with a value.
    public init(_ name: String, _ value: String?) {
        self.name = name
        self.value = value
    }

    /// `class`.
    public static func `class`(_ value: String) -> HTMLAttribute { HTMLAttribute("class", value) }
    /// `id`.
    public static func id(_ value: String) -> HTMLAttribute { HTMLAttribute("id", value) }
    /// `href`.
    public static func href(_ value: String) -> HTMLAttribute { HTMLAttribute("href", value) }
    /// `name`.
    public static func name(_ value: String) -> HTMLAttribute { HTMLAttribute("name", value) }
    /// `type`.
    public static func type(_ value: String) -> HTMLAttribute { HTMLAttribute("type", value) }
    /// `value`.
    public static func value(_ value: String) -> HTMLAttribute { HTMLAttribute("value", value) }
    /// `for` of a label.
    public static func `for`(_ value: String) -> HTMLAttribute { HTMLAttribute("for", value) }
    /// `aria-…`.
    public static func aria(_ name: String, _ value: String) -> HTMLAttribute { HTMLAttribute("aria-\(name)", value) }
    /// `data-…`.
    public static func data(_ name: String, _ value: String) -> HTMLAttribute { HTMLAttribute("data-\(name)", value) }
    /// A boolean attribute such as `required` or `selected`.
    public static func flag(_ name: String) -> HTMLAttribute { HTMLAttribute(name, nil) }
}
