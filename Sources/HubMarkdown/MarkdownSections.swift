import Foundation

/// Cuts rendered HTML at its level-2 headings: the sections of a seven-minute briefing.
public enum MarkdownSections {
    /// Splits `html`, whose headings are `headings`, at its level-2 headings.
    ///
    /// Returns the HTML before the first `##` heading and one section per `##` heading.
    public static func level2(of html: String, headings: [MarkdownHeading]) -> (preamble: String, sections: [MarkdownSection]) {
        let level2 = headings.filter { $0.level == 2 }
        // Searched on the UTF-8 bytes: the tags are ASCII, so every cut falls between characters.
        let bytes = Array(html.utf8)
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        var sections: [MarkdownSection] = []
        var rest = 0
        var preamble = ""
        for (index, heading) in level2.enumerated() {
            guard let start = Self.find(Array("<h2 id=\"\(heading.anchor)\">".utf8), in: bytes, from: rest),
                  let close = Self.find(Self.headingClose, in: bytes, from: start.upperBound) else {
                break
            }
            if index == 0 {
                preamble = text(rest..<start.lowerBound)
            } else if let last = sections.popLast() {
                sections.append(MarkdownSection(heading: last.heading, headingHTML: last.headingHTML,
                                                bodyHTML: text(rest..<start.lowerBound)))
            }
            sections.append(MarkdownSection(heading: heading, headingHTML: text(start.upperBound..<close.lowerBound), bodyHTML: ""))
            rest = close.upperBound
        }
        if let last = sections.popLast() {
            sections.append(MarkdownSection(heading: last.heading, headingHTML: last.headingHTML,
                                            bodyHTML: text(rest..<bytes.count)))
        } else {
            preamble = html
        }
        return (preamble, sections)
    }

    private static let headingClose = Array("</h2>".utf8)

    /// The byte range of the first `needle` in `bytes` at or after `offset` (memchr for its first byte, then memcmp).
    private static func find(_ needle: [UInt8], in bytes: [UInt8], from offset: Int) -> Range<Int>? {
        guard let first = needle.first else { return nil }
        return bytes.withUnsafeBytes { haystack -> Range<Int>? in
            needle.withUnsafeBytes { pattern -> Range<Int>? in
                guard let base = haystack.baseAddress else { return nil }
                var position = offset
                while position + pattern.count <= haystack.count {
                    guard let hit = memchr(base + position, Int32(first), haystack.count - pattern.count - position + 1) else {
                        return nil
                    }
                    let start = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(hit, pattern.baseAddress!, pattern.count) == 0 { return start..<start + pattern.count }
                    position = start + 1
                }
                return nil
            }
        }
    }
}

extension RenderedMarkdown {
    /// `html` split at its level-2 headings (`MarkdownSections.level2`).
    public func level2Sections() -> (preamble: String, sections: [MarkdownSection]) {
        MarkdownSections.level2(of: html, headings: headings)
    }
}
