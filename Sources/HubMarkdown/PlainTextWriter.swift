import Foundation
import CCmarkGFM

/// cmark-gfm's plain-text rendering (`cmark_render_plaintext` without wrapping), written while
/// `MarkdownRenderer` walks the tree for headings and links.
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

    private static let table = cmark_find_syntax_extension("table")
    private static let tasklist = cmark_find_syntax_extension("tasklist")

    init(capacity: Int) {
        output.reserveCapacity(capacity)
    }

    /// Takes one event of a `cmark_iter` walk over the whole document.
    mutating func visit(_ node: OpaquePointer, type: cmark_node_type, entering: Bool) {
        guard !gaveUp else { return }
        let parent = cmark_node_parent(node)
        if entering {
            if let parent, cmark_node_get_type(parent) == CMARK_NODE_ITEM {
                inTightListItem = cmark_node_get_list_tight(cmark_node_parent(parent)) != 0
            }
        } else if type == CMARK_NODE_LIST {
            if let parent, cmark_node_get_type(parent) == CMARK_NODE_ITEM {
                inTightListItem = cmark_node_get_list_tight(cmark_node_parent(parent)) != 0
            } else {
                inTightListItem = false
            }
        }
        if let syntax = cmark_node_get_syntax_extension(node) {
            if syntax == Self.table {
                visitTable(node, parent: parent, entering: entering)
            } else if syntax == Self.tasklist && type == CMARK_NODE_ITEM {
                if entering {
                    cr()
                    write(cmark_gfm_extensions_get_tasklist_item_checked(node) ? "- [x] " : "- [ ] ")
                    prefix.append(contentsOf: "  ".utf8)
                } else {
                    prefix.removeLast(min(2, prefix.count))
                    cr()
                }
            } else {
                gaveUp = true
            }
            return
        }
        switch type {
        case CMARK_NODE_DOCUMENT, CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE,
             CMARK_NODE_STRONG, CMARK_NODE_EMPH, CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            break
        case CMARK_NODE_LIST:
            if !entering, let next = cmark_node_next(node),
               cmark_node_get_type(next) == CMARK_NODE_CODE_BLOCK || cmark_node_get_type(next) == CMARK_NODE_LIST {
                cr()
            }
        case CMARK_NODE_ITEM:
            let isBullet = cmark_node_get_list_type(parent) == CMARK_BULLET_LIST
            var marker = "  - "
            if !isBullet {
                // The list's start plus the items before this one.
                var number = Int(cmark_node_get_list_start(parent))
                var item = node
                while let previous = cmark_node_previous(item) {
                    number += 1
                    item = previous
                }
                let delimiter = cmark_node_get_list_delim(parent) == CMARK_PAREN_DELIM ? ")" : "."
                marker = "\(number)\(delimiter)\(number < 10 ? "  " : " ")"
            }
            let markerWidth = marker.utf8.count
            if entering {
                write(marker)
                prefix.append(contentsOf: repeatElement(UInt8(ascii: " "), count: markerWidth))
            } else {
                prefix.removeLast(min(markerWidth, prefix.count))
                cr()
            }
        case CMARK_NODE_HEADING:
            if entering {
                noLinebreaks = true
            } else {
                noLinebreaks = false
                blankLine()
            }
        case CMARK_NODE_CODE_BLOCK:
            let firstInListItem = cmark_node_previous(node) == nil && parent.map { cmark_node_get_type($0) == CMARK_NODE_ITEM } == true
            if !firstInListItem { blankLine() }
            writeLiteral(of: node, literal: true)
            blankLine()
        case CMARK_NODE_THEMATIC_BREAK:
            blankLine()
        case CMARK_NODE_PARAGRAPH:
            if !entering { blankLine() }
        case CMARK_NODE_TEXT:
            writeLiteral(of: node, literal: false)
        case CMARK_NODE_LINEBREAK:
            cr()
        case CMARK_NODE_SOFTBREAK:
            if noLinebreaks {
                write(" ")
            } else {
                cr()
            }
        case CMARK_NODE_CODE:
            writeLiteral(of: node, literal: true)
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            if entering {
                write("[^")
                writeLiteral(of: node, literal: true)
                write("]")
            }
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            if entering {
                footnoteCount += 1
                write("[^\(footnoteCount)]: ")
                prefix.append(contentsOf: "    ".utf8)
            } else {
                prefix.removeLast(min(4, prefix.count))
            }
        default:
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

    /// The table extension's rendering: a row of `| cell |`, and the alignment row under the header.
    private mutating func visitTable(_ node: OpaquePointer, parent: OpaquePointer?, entering: Bool) {
        // The extension's node types are not exported: its nodes are told apart by their names.
        let name = String(cString: cmark_node_get_type_string(node))
        switch name {
        case "table":
            blankLine()
        case "table_header", "table_row":
            if entering {
                cr()
                write("|")
            }
        case "table_cell":
            inTableCell = entering
            guard !entering else {
                write(" ")
                return
            }
            write(" |")
            guard cmark_gfm_extensions_get_table_row_is_header(parent) != 0, cmark_node_next(node) == nil else { return }
            let table = cmark_node_parent(parent)
            let columns = Int(cmark_gfm_extensions_get_table_columns(table))
            let alignments = cmark_gfm_extensions_get_table_alignments(table)
            cr()
            write("|")
            for column in 0..<columns {
                switch alignments?[column] {
                case 0: write(" --- |")
                case UInt8(ascii: "l"): write(" :-- |")
                case UInt8(ascii: "c"): write(" :-: |")
                case UInt8(ascii: "r"): write(" --: |")
                default: break
                }
            }
            cr()
        default:
            gaveUp = true
        }
    }

    private mutating func cr() { needCR = max(needCR, 1) }

    private mutating func blankLine() { needCR = max(needCR, 2) }

    /// Markup of cmark's own (list markers, table rules), written as literal text.
    private mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { write($0, literal: true) }
    }

    /// The text of a text, code or footnote node; in a table cell every `|` gets a backslash.
    private mutating func writeLiteral(of node: OpaquePointer, literal: Bool) {
        guard let text = cmark_node_get_literal(node) else {
            write(UnsafeBufferPointer(start: nil, count: 0), literal: literal)
            return
        }
        text.withMemoryRebound(to: UInt8.self, capacity: 1) { start in
            let bytes = UnsafeBufferPointer(start: start, count: strlen(text))
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
