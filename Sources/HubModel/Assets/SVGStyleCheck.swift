/// Whether CSS in an SVG (a `<style>` element or a `style` attribute) fetches nothing from elsewhere
/// and runs nothing: no `@import`, no `url(...)` but to a fragment of the same file (`url(#shadow)`),
/// no `image-set()`, `src()`, `expression()`, `javascript:` or bindings, and no escapes that could hide one.
enum SVGStyleCheck {
    static let forbidden = ["@import", "image-set(", "src(", "expression(", "javascript:", "behavior", "-moz-binding", "\\"]

    static func isSafe(_ css: String) -> Bool {
        let text = withoutComments(css.lowercased())
        if forbidden.contains(where: { text.contains($0) }) { return false }
        return allURLsAreLocal(text)
    }

    /// Whether every `url(` in `text` leads to a fragment (`#id`), quoted or not.
    static func allURLsAreLocal(_ text: String) -> Bool {
        var rest = Substring(text.lowercased())
        while let range = rest.range(of: "url(") {
            let after = rest[range.upperBound...].drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\"" || $0 == "'" }
            guard after.hasPrefix("#") else { return false }
            rest = rest[range.upperBound...]
        }
        return true
    }

    private static func withoutComments(_ css: String) -> String {
        var result = ""
        var rest = Substring(css)
        while let start = rest.range(of: "/*") {
            result += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].range(of: "*/") else { return result }
            rest = rest[end.upperBound...]
        }
        return result + rest
    }
}
