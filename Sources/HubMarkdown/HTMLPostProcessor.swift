/// Small, safe edits to the HTML that cmark-gfm writes.
///
/// They rely on one fact: cmark escapes every `<` of the author's text and
/// omits raw HTML, so a literal `<h2>` or `<table>` in its output can only be
/// one that cmark wrote itself.
enum HTMLPostProcessor {
    static let tableOpen = Array("<table>".utf8)
    static let tableClose = Array("</table>".utf8)
    static let wrapOpen = Array("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Table (scrolls sideways)\"><table>".utf8)
    static let wrapClose = Array("</table></div>".utf8)

    /// Adds the headings' anchors and wraps tables; works on the UTF-8 bytes in one pass.
    static func process(_ html: String, headings: [MarkdownHeading]) -> String {
        var html = html
        return html.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + headings.count * 24)
            var headingIndex = 0
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                guard byte == UInt8(ascii: "<") else {
                    output.append(byte)
                    index += 1
                    continue
                }
                if index + 3 < count, bytes[index + 1] == UInt8(ascii: "h"), bytes[index + 3] == UInt8(ascii: ">"),
                   (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[index + 2]), headingIndex < headings.count {
                    output.append(contentsOf: "<h\(Character(Unicode.Scalar(bytes[index + 2]))) id=\"\(headings[headingIndex].anchor)\">".utf8)
                    headingIndex += 1
                    index += 4
                } else if matches(tableOpen, in: bytes, at: index) {
                    output.append(contentsOf: wrapOpen)
                    index += tableOpen.count
                } else if matches(tableClose, in: bytes, at: index) {
                    output.append(contentsOf: wrapClose)
                    index += tableClose.count
                } else {
                    output.append(byte)
                    index += 1
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    private static func matches(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        for offset in 0..<pattern.count where bytes[index + offset] != pattern[offset] { return false }
        return true
    }
}
