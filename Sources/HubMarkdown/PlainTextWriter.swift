import Foundation

/// cmark-gfm's plain-text rendering (`cmark_render_plaintext` without wrapping), written while
/// `MarkdownRenderer` walks the tree for headings and links: it hands over each node as a `PlainTextEvent`,
/// so that this type never touches the C library itself.
///
/// cmark's renderer decodes, re-encodes and appends the text one character at a time, which took
/// longer than parsing the Markdown. This writer follows the same rules (plaintext.c, the table
/// and task-list extensions' plain-text rendering and the generic renderer's line handling) a
/// node at a time. Nodes it does not follow (those of any other extension, such as strikethrough)
/// make it give up: `text()` is then nil and the caller asks cmark.
struct PlainTextWriter {
    private var output: [UInt8] = []
    /// Written at the start of each line: the indentation of the list items around the text.
    private var prefix: [UInt8] = []
    /// 1 when a line must end before more text, 2 when a blank line must.
    private var needCR = 0
    private var beginLine = true
    private var noLinebreaks = false
    private var inTightListItem = false
    private var gaveUp = false
    /// Inside a table cell, where cmark escapes every `|` of the text with a backslash.
    private var inTableCell = false
    /// Footnote definitions written so far: each is numbered.
    private var footnoteCount = 0

    init(capacity: Int) {
        output.reserveCapacity(capacity)
    }

    /// Whether the walk has met a node this writer does not follow (the caller can then stop describing nodes).
    var hasGivenUp: Bool { gaveUp }

    /// Takes one event of the walk over the whole document.
    mutating func visit(_ event: PlainTextEvent) {
        guard !gaveUp else { return }
        let entering = event.entering
        noteListTightness(event)
        switch event.kind {
        case .container:
            break
        case .list:
            if !entering && event.isFollowedByCodeOrList { cr() }
        case .item:
            visitItem(marker: event.itemMarker, entering: entering)
        case .taskItem:
            visitTaskItem(isChecked: event.isChecked, entering: entering)
        case .heading:
            visitHeading(entering: entering)
        case .codeBlock:
            visitCodeBlock(event.literal, isFirstInListItem: event.isFirstInListItem)
        case .thematicBreak, .table:
            blankLine()
        case .paragraph:
            if !entering { blankLine() }
        case .text:
            writeLiteral(event.literal, literal: false)
        case .lineBreak:
            cr()
        case .softBreak:
            visitSoftBreak()
        case .code:
            writeLiteral(event.literal, literal: true)
        case .footnoteReference:
            if entering { visitFootnoteReference(event.literal) }
        case .footnoteDefinition:
            visitFootnoteDefinition(entering: entering)
        case .tableRow:
            if entering { visitTableRow() }
        case .tableCell:
            visitTableCell(entering: entering, headerRowAlignments: event.headerRowAlignments)
        case .unsupported:
            gaveUp = true
        }
    }

    /// The plain text, ending in a newline; nil if the walk met a node this writer does not follow
    /// or the text is not valid UTF-8 (where cmark's renderer would stop early).
    mutating func text() -> (text: String, bytes: [UInt8])? {
        guard !gaveUp else { return nil }
        // Finished in place: a copy of the whole output would be made to add the newline.
        if output.last != UInt8(ascii: "\n") { output.append(UInt8(ascii: "\n")) }
        guard let text = String(validating: output, as: UTF8.self) else { return nil }
        return (text, output)
    }

    /// Whether the text is in an item of a tight list (where blank lines become single line breaks):
    /// set on entering a list item's child, and on leaving a list, back to that of the item around it.
    private mutating func noteListTightness(_ event: PlainTextEvent) {
        if event.entering {
            if let tight = event.parentItemListIsTight { inTightListItem = tight }
        } else if event.isList {
            inTightListItem = event.parentItemListIsTight ?? false
        }
    }

    /// A list item: its marker ("  - ", "3.  "), and the text under it indented by the marker's width.
    private mutating func visitItem(marker: String, entering: Bool) {
        let markerWidth = marker.utf8.count
        if entering {
            write(marker)
            prefix.append(contentsOf: repeatElement(UInt8(ascii: " "), count: markerWidth))
        } else {
            prefix.removeLast(min(markerWidth, prefix.count))
            cr()
        }
    }

    /// The task-list extension's rendering of an item: `- [x] ` or `- [ ] `, and the text under it indented by two.
    private mutating func visitTaskItem(isChecked: Bool, entering: Bool) {
        if entering {
            cr()
            write(isChecked ? "- [x] " : "- [ ] ")
            prefix.append(contentsOf: "  ".utf8)
        } else {
            prefix.removeLast(min(2, prefix.count))
            cr()
        }
    }

    /// A heading is written on one line (its soft breaks become spaces), then a blank line.
    private mutating func visitHeading(entering: Bool) {
        if entering {
            noLinebreaks = true
        } else {
            noLinebreaks = false
            blankLine()
        }
    }

    /// A code block: its text between blank lines (none before it at the start of a list item).
    private mutating func visitCodeBlock(_ literal: UnsafeBufferPointer<UInt8>, isFirstInListItem: Bool) {
        if !isFirstInListItem { blankLine() }
        writeLiteral(literal, literal: true)
        blankLine()
    }

    /// A soft break: a space in a heading, else a new line.
    private mutating func visitSoftBreak() {
        if noLinebreaks {
            write(" ")
        } else {
            cr()
        }
    }

    /// A footnote reference: `[^label]`.
    private mutating func visitFootnoteReference(_ label: UnsafeBufferPointer<UInt8>) {
        write("[^")
        writeLiteral(label, literal: true)
        write("]")
    }

    /// A footnote definition: `[^n]: ` with the definitions numbered in order, and its text indented by four.
    private mutating func visitFootnoteDefinition(entering: Bool) {
        if entering {
            footnoteCount += 1
            write("[^\(footnoteCount)]: ")
            prefix.append(contentsOf: "    ".utf8)
        } else {
            prefix.removeLast(min(4, prefix.count))
        }
    }

    /// The table extension's start of a row: a new line and `|`.
    private mutating func visitTableRow() {
        cr()
        write("|")
    }

    /// The table extension's rendering of a cell: `| cell |`, and the alignment row under the header row.
    private mutating func visitTableCell(entering: Bool, headerRowAlignments: [UInt8]?) {
        inTableCell = entering
        guard !entering else {
            write(" ")
            return
        }
        write(" |")
        guard let alignments = headerRowAlignments else { return }
        cr()
        write("|")
        for alignment in alignments {
            switch alignment {
            case 0: write(" --- |")
            case UInt8(ascii: "l"): write(" :-- |")
            case UInt8(ascii: "c"): write(" :-: |")
            case UInt8(ascii: "r"): write(" --: |")
            default: break
            }
        }
        cr()
    }

    private mutating func cr() { needCR = max(needCR, 1) }

    private mutating func blankLine() { needCR = max(needCR, 2) }

    /// Markup of cmark's own (list markers, table rules), written as literal text.
    private mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { write($0, literal: true) }
    }

    /// The text of a text, code or footnote node; in a table cell every `|` gets a backslash.
    private mutating func writeLiteral(_ bytes: UnsafeBufferPointer<UInt8>, literal: Bool) {
        guard inTableCell, bytes.contains(UInt8(ascii: "|")) else {
            write(bytes, literal: literal)
            return
        }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(bytes.count + 8)
        for byte in bytes {
            if byte == UInt8(ascii: "|") { escaped.append(UInt8(ascii: "\\")) }
            escaped.append(byte)
        }
        escaped.withUnsafeBufferPointer { write($0, literal: literal) }
    }

    /// cmark's `S_out`: first the line breaks owed, then the text; a newline in `literal` text
    /// starts a new line, so what follows it gets the prefix.
    private mutating func write(_ text: UnsafeBufferPointer<UInt8>, literal: Bool) {
        if inTightListItem && needCR > 1 { needCR = 1 }
        // Newlines already at the end of the output (or the very start of it) count towards those owed.
        var last = output.count - 1
        while needCR > 0 {
            if last < 0 || output[last] == UInt8(ascii: "\n") {
                last -= 1
            } else {
                output.append(UInt8(ascii: "\n"))
                if needCR > 1 { output.append(contentsOf: prefix) }
            }
            beginLine = true
            needCR -= 1
        }
        guard !text.isEmpty else { return }
        if !literal {
            if beginLine { output.append(contentsOf: prefix) }
            output.append(contentsOf: text)
            beginLine = false
            return
        }
        var start = 0
        for index in 0..<text.count where text[index] == UInt8(ascii: "\n") {
            if index > start {
                if beginLine { output.append(contentsOf: prefix) }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<index]))
            } else if beginLine {
                output.append(contentsOf: prefix)
            }
            output.append(UInt8(ascii: "\n"))
            beginLine = true
            start = index + 1
        }
        if start < text.count {
            if beginLine { output.append(contentsOf: prefix) }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: text[start...]))
            beginLine = false
        }
    }
}
