/// Removes the running headers and footers of a PDF and its page numbers: lines near the top or the
/// bottom of a page whose text (digits aside) comes back at the same height on many pages, and lines
/// there that are only a page number ("7", "Page 7 of 40", "7/40", "- 7 -").
enum RunningTextFilter {
    /// The share of the page's height, at the top and at the bottom, where running text is looked for.
    static let margin = 0.12

    static func removeRunningText(from pages: [PDFPage]) -> (pages: [PDFPage], removed: Int) {
        var counts: [String: Set<Int>] = [:]
        for page in pages {
            for block in page.blocks {
                for line in block.lines where inMargin(line, page) { counts[key(line), default: []].insert(page.number) }
            }
        }
        // Running text is on at least two pages, and on at least two in five of them.
        let needed = max(2, Int((Double(pages.count) * 0.4).rounded(.up)))
        let running = Set(counts.filter { $0.value.count >= needed }.keys)
        var removed = 0
        let cleaned = pages.map { page -> PDFPage in
            var page = page
            page.blocks = page.blocks.compactMap { block in
                var block = block
                block.lines.removeAll { line in
                    let drop = inMargin(line, page) && (running.contains(key(line)) || isPageNumber(line.text, pages: pages.count))
                    if drop { removed += 1 }
                    return drop
                }
                return block.lines.isEmpty ? nil : block
            }
            return page
        }
        return (cleaned, removed)
    }

    private static func inMargin(_ line: PDFLine, _ page: PDFPage) -> Bool {
        line.yMax <= page.height * margin || line.yMin >= page.height * (1 - margin)
    }

    /// The line's text with its digits as `#` and in lower case, and its height on the page to 8 points.
    private static func key(_ line: PDFLine) -> String {
        let text = String(line.text.lowercased().map { $0.isNumber ? "#" : $0 })
        return "\(Int(line.yMin / 8))|" + text
    }

    /// "7", "vii", "Page 7", "Page 7 of 40", "7 of 40", "7/40", "- 7 -", "[7]", for a document of `pages`
    /// pages (a number far above it, such as a year, is not a page number).
    static func isPageNumber(_ text: String, pages: Int = 1_000) -> Bool {
        var words = text.lowercased().split { $0 == " " || $0 == "-" || $0 == "–" || $0 == "|" || $0 == "[" || $0 == "]" }.map(String.init)
        if words.first == "page" || words.first == "p." { words.removeFirst() }
        func isNumber(_ word: String) -> Bool {
            if let number = Int(word) { return number <= pages * 4 + 50 }
            return !word.isEmpty && word.count <= 6 && word.allSatisfy { "ivxlc".contains($0) }
        }
        switch words.count {
        case 1: return isNumber(words[0]) || words[0].split(separator: "/").count == 2 && words[0].split(separator: "/").allSatisfy { isNumber(String($0)) }
        case 3: return isNumber(words[0]) && words[1] == "of" && isNumber(words[2])
        default: return false
        }
    }
}
