extension HTMLNode {
    /// The markup of this node.
    public func render() -> String {
        var output = ""
        output.reserveCapacity(8192)
        write(to: &output)
        return output
    }

    func write(to output: inout String) {
        switch content {
        case .text(let text):
            HTMLEscaping.append(text, to: &output, inAttribute: false)
        case .raw(let markup):
            output += markup
        case .fragment(let nodes):
            for node in nodes { node.write(to: &output) }
        case .voidElement(let name, let attributes):
            writeOpeningTag(name, attributes, to: &output)
        case .element(let name, let attributes, let children):
            writeOpeningTag(name, attributes, to: &output)
            for child in children { child.write(to: &output) }
            output += "</\(name)>"
        }
    }

    private func writeOpeningTag(_ name: String, _ attributes: [HTMLAttribute], to output: inout String) {
        output += "<\(name)"
        for attribute in attributes {
            output += " \(attribute.name)"
            if let value = attribute.value {
                output += "=\""
                HTMLEscaping.append(value, to: &output, inAttribute: true)
                output += "\""
            }
        }
        output += ">"
    }
}

/// HTML escaping of text and attribute values.
enum HTMLEscaping {
    static func append(_ text: String, to output: inout String, inAttribute: Bool) {
        for character in text.unicodeScalars {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where inAttribute: output += "&quot;"
            case "'" where inAttribute: output += "&#39;"
            default: output.unicodeScalars.append(character)
            }
        }
    }
}
