/// The headings a tagged PDF marks (`H`, `H1` to `H6` in its structure tree), read from what
/// `pdfinfo -struct-text` prints: each element on a line of its own, indented by depth, its text in
/// quotes on deeper lines.
enum StructureHeadings {
    static func headings(in listing: String) -> [(level: Int, text: String)] {
        var headings: [(level: Int, text: String)] = []
        var open: (level: Int, indent: Int, text: String)?
        for line in listing.split(separator: "\n", omittingEmptySubsequences: true) {
            let indent = line.prefix { $0 == " " }.count
            let content = line.dropFirst(indent)
            if let current = open, indent <= current.indent {
                headings.append((current.level, normalised(current.text)))
                open = nil
            }
            if var current = open {
                if content.hasPrefix("\""), content.hasSuffix("\""), content.count >= 2 {
                    current.text += content.dropFirst().dropLast()
                    open = current
                }
                continue
            }
            let tag = content.prefix { $0 != " " }
            if tag == "H" { open = (1, indent, "") }
            if tag.count == 2, tag.hasPrefix("H"), let level = Int(tag.dropFirst()), (1...6).contains(level) { open = (level, indent, "") }
        }
        if let current = open { headings.append((current.level, normalised(current.text))) }
        return headings.filter { !$0.text.isEmpty }
    }

    /// Text compared without case, soft hyphens or runs of spaces.
    static func normalised(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{AD}", with: "").lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
