/// Small, safe edits to the HTML that cmark-gfm writes.
///
/// They rely on one fact: cmark escapes every `<` of the author's text and
/// omits raw HTML, so a literal `<h2>` or `<table>` in its output can only be
/// one that cmark wrote itself.
enum HTMLPostProcessor {
    static func process(_ html: String, headings: [MarkdownHeading]) -> String {
        var output = ""
        output.reserveCapacity(html.utf8.count + headings.count * 24)
        var headingIndex = 0
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            output += rest[..<open]
            let tail = rest[open...]
            if let level = headingLevel(at: tail), headingIndex < headings.count {
                output += "<h\(level) id=\"\(headings[headingIndex].anchor)\">"
                headingIndex += 1
                rest = tail.dropFirst(4)
            } else if tail.hasPrefix("<table>") {
                // Wide tables scroll sideways inside a focusable region instead of widening the page.
                output += "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Table (scrolls sideways)\"><table>"
                rest = tail.dropFirst(7)
            } else if tail.hasPrefix("</table>") {
                output += "</table></div>"
                rest = tail.dropFirst(8)
            } else {
                output += "<"
                rest = tail.dropFirst()
            }
        }
        output += rest
        return output
    }

    /// The level of an opening heading tag `<hN>` at the start of `text`, if it is one.
    private static func headingLevel(at text: Substring) -> Int? {
        let characters = Array(text.prefix(4))
        guard characters.count == 4, characters[0] == "<", characters[1] == "h", characters[3] == ">",
              let level = characters[2].wholeNumberValue, (1...6).contains(level) else { return nil }
        return level
    }
}
