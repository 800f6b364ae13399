/// Tables wider than a phone scroll sideways inside a region that keyboard users can focus and scroll too.
enum Tables {
    static func scrollableRegion(label: String, @HTMLBuilder content: () -> [HTMLNode]) -> HTMLNode {
        div(.class("table-wrap"), HTMLAttribute("tabindex", "0"), HTMLAttribute("role", "region"), .aria("label", label)) {
            content()
        }
    }
}
