/// Writes SVG elements as XML, every text and attribute value escaped again.
enum SVGWriter {
    /// Appends `element` to `output`, with `extraAttributes` (the namespaces of the root) first.
    static func write(_ element: SVGElement, extraAttributes: [(String, String)] = [], into output: inout String) {
        output += "<" + element.name
        for (name, value) in extraAttributes + element.attributes.map({ ($0.name, $0.value) }) {
            output += " " + name + "=\"" + escape(value, inAttribute: true) + "\""
        }
        guard !element.content.isEmpty else {
            output += "/>"
            return
        }
        output += ">"
        for item in element.content {
            switch item {
            case .text(let text): output += escape(text, inAttribute: false)
            case .element(let child): write(child, into: &output)
            }
        }
        output += "</" + element.name + ">"
    }

    static func escape(_ text: String, inAttribute: Bool) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where inAttribute: result += "&quot;"
            case "\n" where inAttribute: result += "&#10;"
            case "\r": result += "&#13;"
            case "\t" where inAttribute: result += "&#9;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
