import Foundation

/// Turns a PDF's blocks of lines into paragraphs: lines joined, with hyphenation undone; a line that
/// ends short of the right edge though the next line's first word would have fitted ends a paragraph
/// (a list item, a heading, an address); a paragraph cut by a page or column break is joined again.
struct ParagraphBuilder {
    let joiner: HyphenJoiner

    init(pages: [PDFPage]) {
        let lines = pages.flatMap { $0.blocks.flatMap(\.lines) }
        var joiner = HyphenJoiner(words: lines.flatMap { $0.words.map(\.text) }.map { $0.replacingOccurrences(of: "\u{AD}", with: "") })
        let breaks = zip(lines, lines.dropFirst()).compactMap { pair -> (first: String, second: String)? in
            guard let last = pair.0.words.last?.text, let next = pair.1.words.first?.text,
                  let end = last.last, HyphenJoiner.breakHyphens.contains(end), next.first?.isLowercase == true else { return nil }
            return (Self.withoutInnerSoftHyphens(last), next)
        }
        joiner.joinsUnknown = joiner.hyphenatesWords(breaks)
        self.joiner = joiner
    }

    static let bullets: Set<Character> = ["•", "●", "▪", "■", "◦", "○", "‣", "∙", "·", "\u{F0B7}", "\u{F0A7}", "\u{F0D8}", "–", "-", "*", "o"]

    func paragraphs(of pages: [PDFPage]) -> [PDFParagraph] {
        var paragraphs: [PDFParagraph] = []
        for page in pages {
            let edges = page.flowRightEdges
            for block in page.blocks {
                let right = edges[block.flow] ?? block.lines.map(\.xMax).max() ?? 0
                var current: [PDFLine] = []
                for line in block.lines {
                    if let previous = current.last, startsParagraph(line, after: previous, rightEdge: right) {
                        paragraphs.append(paragraph(current, page: page.number, rightEdge: right, left: block.lines[0].xMin))
                        current = []
                    }
                    current.append(line)
                }
                if !current.isEmpty { paragraphs.append(paragraph(current, page: page.number, rightEdge: right, left: block.lines[0].xMin)) }
            }
        }
        return joinBroken(paragraphs)
    }

    private func startsParagraph(_ line: PDFLine, after previous: PDFLine, rightEdge: Double) -> Bool {
        if Self.startsWithMarker(line.text) { return true }
        if abs(line.height - previous.height) > previous.height * 0.15 { return true }
        if line.yMin - previous.yMax > previous.height * 0.8 { return true }
        if let last = previous.text.last, HyphenJoiner.breakHyphens.contains(last) { return false }
        // The next line's first word would have fitted on this one: the line was ended on purpose.
        let space = previous.height * 0.3
        return previous.xMax + space + line.firstWordWidth < rightEdge - 2
    }

    private func paragraph(_ lines: [PDFLine], page: Int, rightEdge: Double, left: Double) -> PDFParagraph {
        var text = ""
        for line in lines { append(line.text, to: &text) }
        let heights = lines.map(\.height).sorted()
        let endsFull = (lines.last?.xMax ?? 0) >= rightEdge - max(12, (rightEdge - left) * 0.1)
        return PDFParagraph(text: text.replacingOccurrences(of: "\u{AD}", with: ""), size: heights[heights.count / 2], page: page,
                            endsFull: endsFull, lineCount: lines.count, isListItem: Self.startsWithMarker(text))
    }

    /// Adds a line's text to a paragraph's: after a space, or, after a word broken by a hyphen, joined to it.
    private func append(_ line: String, to text: inout String) {
        let lineText = Self.withoutInnerSoftHyphens(line)
        guard let last = text.last, HyphenJoiner.breakHyphens.contains(last), text.dropLast().last?.isLetter == true,
              lineText.first?.isLowercase == true else {
            text += text.isEmpty ? lineText : " " + lineText
            return
        }
        let wordStart = text.lastIndex(of: " ").map { text.index(after: $0) } ?? text.startIndex
        let firstWordEnd = lineText.firstIndex(of: " ") ?? lineText.endIndex
        let joined = joiner.join(String(text[wordStart...]), String(lineText[..<firstWordEnd]))
        text = String(text[..<wordStart]) + joined + lineText[firstWordEnd...]
    }

    /// `text` without the soft hyphens inside its words; a soft hyphen drawn as a hyphen at the end of a
    /// line (as Chromium prints one) is kept as a soft hyphen, which the join then drops.
    static func withoutInnerSoftHyphens(_ text: String) -> String {
        guard text.contains("\u{AD}") else { return text }
        var cleaned = text
        if cleaned.hasSuffix("\u{AD}\u{2010}") || cleaned.hasSuffix("\u{AD}-") { cleaned = String(cleaned.dropLast()) }
        let endsSoft = cleaned.hasSuffix("\u{AD}")
        cleaned = cleaned.replacingOccurrences(of: "\u{AD}", with: "")
        return endsSoft ? cleaned + "\u{AD}" : cleaned
    }

    /// Joins a paragraph cut by a page, column or block break: the first does not end a sentence, both
    /// are body text of one size, and the second starts in lower case or the first ran to the edge.
    private func joinBroken(_ paragraphs: [PDFParagraph]) -> [PDFParagraph] {
        var joined: [PDFParagraph] = []
        for paragraph in paragraphs {
            if var previous = joined.last, !paragraph.isListItem || previous.isListItem, abs(previous.size - paragraph.size) < 0.6,
               !Self.endsSentence(previous.text),
               paragraph.text.first?.isLowercase == true
                || previous.endsFull && !Self.startsWithMarker(paragraph.text) {
                append(paragraph.text, to: &previous.text)
                previous.endsFull = paragraph.endsFull
                previous.lineCount += paragraph.lineCount
                joined[joined.count - 1] = previous
            } else {
                joined.append(paragraph)
            }
        }
        return joined
    }

    static func endsSentence(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: CharacterSet(charactersIn: "\"'”’)] "))
        return trimmed.last.map { ".!?:;".contains($0) } ?? true
    }

    /// Whether `text` starts with a bullet and a space, or a number or letter and `.` or `)` and a space.
    static func startsWithMarker(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        if bullets.contains(first), text.dropFirst().first == " " { return true }
        let marker = text.prefix { $0 != " " }
        guard marker.count <= 4, text.count > marker.count, let last = marker.last, last == "." || last == ")" else { return false }
        let body = marker.dropLast().drop { $0 == "(" }
        return !body.isEmpty && (body.allSatisfy(\.isNumber) || (body.count == 1 && body.first!.isLowercase))
    }
}
