import Foundation

/// cmark-gfm's plain-text rendering (`cmark_render_plaintext` without wrapping), written while
/// `MarkdownRenderer` walks the tree for headings and links: it hands over each node as an `Event`,
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

    /// One event of a walk over the whole document: as much of its node as the writer needs.
    struct Event {
        enum Kind {
            /// Nodes that write nothing themselves: the document, block quotes, raw HTML, emphasis, links, images.
            case container
            case list, item, taskItem, heading, codeBlock, thematicBreak, paragraph, text, lineBreak, softBreak, code
            case footnoteReference, footnoteDefinition, table, tableRow, tableCell
            /// A node of another extension, or one this writer does not follow: it then gives up.
            case unsupported
        }

        var kind: Kind
        var entering: Bool
        /// Whether the node is a list (an extension's or not).
        var isList = false
        /// The text of a text, code, code block or footnote reference node; valid during `visit`.
        var literal = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        /// When the node's parent is a list item: whether that item's list is tight.
        var parentItemListIsTight: Bool?
        /// A list: whether a code block or another list follows it.
        var isFollowedByCodeOrList = false
        /// A list item: its marker, such as "  - " or "3.  ".
        var itemMarker = ""
        /// A task-list item: whether it is ticked.
        var isChecked = false
        /// A code block: whether it is the first block of a list item.
        var isFirstInListItem = false
        /// A table cell being left at the end of the header row: the table's column alignments
        /// (0, or "l", "c", "r"; anything else writes nothing).
        var headerRowAlignments: [UInt8]?
    }

    init(capacity: Int) {
        output.reserveCapacity(capacity)
    }

    /// Whether the walk has met a node this writer does not follow (the caller can then stop describing nodes).
    var hasGivenUp: Bool { gaveUp }

    /// Takes one event of the walk over the whole document.
    mutating func visit(_ event: Event) {
        guard !gaveUp else { return }
        let entering = event.entering
        if entering {
            if let tight = event.parentItemListIsTight { inTightListItem = tight }
        } else if event.isList {
            inTightListItem = event.parentItemListIsTight ?? false
        }
        switch event.kind {
        case .container:
            break
        case .list:
            if !entering && event.isFollowedByCodeOrList { cr() }
        case .item:
            let markerWidth = event.itemMarker.utf8.count
            if entering {
                write(event.itemMarker)
                prefix.append(contentsOf: repeatElement(UInt8(ascii: " "), count: markerWidth))
            } else {
                prefix.removeLast(min(markerWidth, prefix.count))
                cr()
            }
        case .taskItem:
            if entering {
                cr()
                write(event.isChecked ? "- [x] " : "- [ ] ")
                prefix.append(contentsOf: "  ".utf8)
            } else {
                prefix.removeLast(min(2, prefix.count))
                cr()
            }
        case .heading:
            if entering {
                noLinebreaks = true
            } else {
                noLinebreaks = false
                blankLine()
            }
        case .codeBlock:
            if !event.isFirstInListItem { blankLine() }
            writeLiteral(event.literal, literal: true)
            blankLine()
        case .thematicBreak:
            blankLine()
        case .paragraph:
            if !entering { blankLine() }
        case .text:
            writeLiteral(event.literal, literal: false)
        case .lineBreak:
            cr()
        case .softBreak:
            if noLinebreaks {
                write(" ")
            } else {
                cr()
            }
        case .code:
            writeLiteral(event.literal, literal: true)
        case .footnoteReference:
            if entering {
                write("[^")
                writeLiteral(event.literal, literal: true)
                write("]")
            }
        case .footnoteDefinition:
            if entering {
                footnoteCount += 1
                write("[^\(footnoteCount)]: ")
                prefix.append(contentsOf: "    ".utf8)
            } else {
                prefix.removeLast(min(4, prefix.count))
            }
        case .table:
            blankLine()
        case .tableRow:
            if entering {
                cr()
                write("|")
            }
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
