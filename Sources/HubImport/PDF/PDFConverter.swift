import Foundation

/// Turns a PDF's text into Markdown with poppler's `pdftotext -bbox-layout` (every word with its box):
/// running headers, footers and page numbers removed, paragraphs joined across line ends, hyphenation
/// and page breaks, headings recovered from the PDF's tags (`pdfinfo -struct-text`) or from the sizes
/// of its text, bullets and numbers made lists. Pictures and the shape of tables are not recovered.
struct PDFConverter {
    let file: String
    /// A folder of its own for poppler's output, removed by the caller.
    let scratch: String

    func convert() throws -> ConvertedDocument {
        // The tags are read meanwhile, on another thread: poppler takes about a second for 100 pages.
        let marked = MarkedHeadings()
        let reading = DispatchGroup()
        DispatchQueue.global().async(group: reading) { [self] in marked.set(markedHeadings()) }
        defer { reading.wait() }
        let layout = try ExternalTool.pdftotext.run(["-bbox-layout", "-enc", "UTF-8", file, "-"], scratch: scratch, for: file)
        guard layout.status == 0 else { throw failure(status: layout.status, complaint: layout.standardError) }
        let read = BBoxLayoutReader.pages([UInt8](layout.standardOutput))
        guard read.contains(where: { $0.blocks.contains { !$0.lines.isEmpty } }) else {
            throw ImportError(file: file, "the PDF has no text to import: its \(read.count) page\(read.count == 1 ? " is an image" : "s are images"), as a scan is",
                              hint: "import the Word version of the report if there is one, or run the PDF through text recognition (OCR) first")
        }
        let (pages, removed) = RunningTextFilter.removeRunningText(from: read)
        var paragraphs = ParagraphBuilder(pages: pages).paragraphs(of: pages)
        reading.wait()
        let title = HeadingFinder.apply(to: &paragraphs, marked: marked.value)
        var notes = ["pictures and the layout of tables are not brought in from a PDF: check the text against the report"]
        if removed > 0 { notes.append("\(removed) lines of running headers, footers and page numbers were left out") }
        return ConvertedDocument(title: title, markdown: Self.markdown(paragraphs), images: [], notes: notes)
    }

    /// The headings a tagged PDF marks; none for an untagged one, or when poppler takes over 20 seconds
    /// on a damaged structure tree (the sizes of the text then tell the headings).
    private func markedHeadings() -> [(level: Int, text: String)] {
        guard let listing = try? ExternalTool.pdfinfo.run(["-struct-text", file], scratch: scratch, timeLimit: 20, for: file),
              listing.status == 0
        else { return [] }
        return StructureHeadings.headings(in: String(decoding: listing.standardOutput, as: UTF8.self))
    }

    /// The paragraphs as Markdown: headings, list items (one after another) and paragraphs.
    static func markdown(_ paragraphs: [PDFParagraph]) -> String {
        var text = ""
        var previousWasItem = false
        for paragraph in paragraphs {
            let line: String
            if paragraph.headingLevel > 0 {
                line = String(repeating: "#", count: paragraph.headingLevel) + " " + MarkdownText.escaped(paragraph.text)
            } else if paragraph.isListItem {
                line = listItem(paragraph.text)
            } else {
                line = MarkdownText.escaped(paragraph.text)
            }
            let item = paragraph.isListItem && paragraph.headingLevel == 0
            text += text.isEmpty ? "" : (item && previousWasItem ? "\n" : "\n\n")
            text += line
            previousWasItem = item
        }
        return text + "\n"
    }

    /// "• text" as "- text", "3. text" as "3. text", "(a) text" as "- (a) text".
    private static func listItem(_ text: String) -> String {
        let marker = text.prefix { $0 != " " }
        let rest = String(text.dropFirst(marker.count).drop { $0 == " " })
        if marker.count == 1, let bullet = marker.first, ParagraphBuilder.bullets.contains(bullet) { return "- " + MarkdownText.escaped(rest) }
        if marker.dropLast().allSatisfy(\.isNumber) { return marker.dropLast() + ". " + MarkdownText.escaped(rest) }
        return "- " + MarkdownText.escaped(text)
    }

    private func failure(status: Int32, complaint: String) -> ImportError {
        if complaint.contains("Incorrect password") {
            return ImportError(file: file, "the PDF is password-protected, so its text cannot be read",
                               hint: "ask for a copy without a password, or open it and save a copy without one, then import that")
        }
        if status == 3 || complaint.contains("Permission Error") {
            return ImportError(file: file, "the PDF does not allow its text to be copied",
                               hint: "ask its author for a copy without that restriction, or import the Word version")
        }
        let detail = complaint.split(separator: "\n").last.map { ": " + $0 } ?? ""
        return ImportError(file: file, "the file cannot be read as a PDF (it may be damaged, or not a PDF)\(detail)",
                           hint: "check that it opens in a PDF reader; if it does, save or print it again as a PDF and import the copy")
    }
}
