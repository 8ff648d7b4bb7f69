/// Finds a PDF's headings: those its structure marks (a tagged PDF), else short paragraphs set larger
/// than the body text, a level for each size. The first heading of the first page is the title.
enum HeadingFinder {
    /// Sets `headingLevel` on the headings of `paragraphs` and takes the title out; returns the title.
    static func apply(to paragraphs: inout [PDFParagraph], marked: [(level: Int, text: String)]) -> String? {
        let found = marked.isEmpty ? false : applyMarked(marked, to: &paragraphs)
        if !found { applyLayout(to: &paragraphs) }
        var title: String?
        if let first = paragraphs.firstIndex(where: { $0.headingLevel > 0 }), paragraphs[first].page == 1,
           paragraphs[first].headingLevel == paragraphs.filter({ $0.headingLevel > 0 }).map(\.headingLevel).min() {
            title = paragraphs[first].text
            paragraphs.remove(at: first)
        }
        // The top heading left becomes '##': the title is the page's only top heading.
        if let top = paragraphs.filter({ $0.headingLevel > 0 }).map(\.headingLevel).min() {
            for index in paragraphs.indices where paragraphs[index].headingLevel > 0 {
                paragraphs[index].headingLevel = min(6, paragraphs[index].headingLevel - top + 2)
            }
        }
        return title
    }

    /// Marks the paragraphs whose text is a marked heading's, in order; false when none matched.
    private static func applyMarked(_ marked: [(level: Int, text: String)], to paragraphs: inout [PDFParagraph]) -> Bool {
        var next = 0
        var found = false
        for index in paragraphs.indices where next < marked.count && paragraphs[index].wordCount <= 30 {
            let text = StructureHeadings.normalised(paragraphs[index].text)
            guard let match = marked[next...].firstIndex(where: { $0.text == text }) else { continue }
            paragraphs[index].headingLevel = marked[match].level
            next = match + 1
            found = true
        }
        return found
    }

    /// Short paragraphs set at least an eighth larger than the body text, not ending a sentence.
    private static func applyLayout(to paragraphs: inout [PDFParagraph]) {
        guard let body = bodySize(paragraphs) else { return }
        let isHeading = { (paragraph: PDFParagraph) in
            paragraph.size >= body * 1.12 && paragraph.wordCount <= 20 && !paragraph.isListItem && paragraph.text.last != "."
        }
        let sizes = Set(paragraphs.filter(isHeading).map { ($0.size * 2).rounded() / 2 }).sorted(by: >)
        for index in paragraphs.indices where isHeading(paragraphs[index]) {
            let size = (paragraphs[index].size * 2).rounded() / 2
            paragraphs[index].headingLevel = min(6, (sizes.firstIndex(of: size) ?? 0) + 1)
        }
    }

    /// The size most of the text is set in.
    static func bodySize(_ paragraphs: [PDFParagraph]) -> Double? {
        var weights: [Double: Int] = [:]
        for paragraph in paragraphs { weights[(paragraph.size * 2).rounded() / 2, default: 0] += paragraph.text.count }
        return weights.max { $0.value < $1.value }?.key
    }
}
