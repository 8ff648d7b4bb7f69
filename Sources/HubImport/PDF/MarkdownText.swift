/// Plain text made safe to put in Markdown: the characters Markdown would read as formatting are escaped.
enum MarkdownText {
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_[]<>&~|".contains(character) { result.append("\\") }
            result.append(character)
        }
        // At the start of a paragraph, '#', '+', '-', '=' and a number with '.' or ')' start other blocks.
        if let first = result.first, "#+-=".contains(first) { return "\\" + result }
        let digits = result.prefix { $0.isNumber }
        if !digits.isEmpty, let next = result.dropFirst(digits.count).first, next == "." || next == ")" {
            return digits + "\\" + result.dropFirst(digits.count)
        }
        return result
    }
}
