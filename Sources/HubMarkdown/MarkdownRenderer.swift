import CCmarkGFM
import Foundation

/// Renders GitHub-flavoured Markdown to safe HTML with cmark-gfm.
///
/// This is the only file in the project that talks to the C library: it owns
/// the parser and node lifetimes and hands back Swift values.
/// Raw HTML is never passed through (cmark's safe mode): it becomes
/// `<!-- raw HTML omitted -->`, and `javascript:`, `vbscript:`, `file:` and
/// non-image `data:` link destinations are emptied.
public struct MarkdownRenderer: Sendable {
    /// The GFM extensions attached to every parser.
    static let extensionNames = ["table", "strikethrough", "autolink", "tasklist", "tagfilter"]

    /// Registers the core extensions exactly once, before any parser exists on any thread.
    private static let registration: Void = cmark_gfm_core_extensions_ensure_registered()

    /// cmark-gfm adds the extensions' special characters to one process-wide table when a
    /// parser finishes, and removes them afterwards (cmark-gfm issue 221), so two parsers
    /// finishing at once can lose strikethrough and autolinks. Block parsing (`feed`) and
    /// HTML rendering run in parallel; only `finish`, where inlines are parsed, takes turns.
    private static let finishLock = NSLock()

    private let options: Int32 = CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8

    public init() {
        _ = Self.registration
    }

    /// Renders `source`.
    ///
    /// - Parameter rewrite: called for every link and image destination in
    ///   document order; returning a string replaces the destination in the
    ///   HTML, returning nil keeps it.
    public func render(_ source: String, rewrite: (MarkdownLink) -> String? = { _ in nil }) -> RenderedMarkdown {
        withDocument(source) { parser, document in render(document, of: source, parser: parser, rewrite: rewrite) }
            ?? RenderedMarkdown(html: "", headings: [], links: [], plainText: "", wordCount: 0)
    }

    /// Parses `source` with the GFM extensions and calls `body` with the parser and the document
    /// (both freed afterwards); nil if cmark cannot make them.
    private func withDocument<Result>(_ source: String, _ body: (_ parser: OpaquePointer, _ document: OpaquePointer) -> Result)
        -> Result? {
        guard let parser = cmark_parser_new(options) else { return nil }
        defer { cmark_parser_free(parser) }
        for name in Self.extensionNames {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        var text = source
        text.withUTF8 { buffer in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return }
            base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parser_feed(parser, $0, buffer.count)
            }
        }
        Self.finishLock.lock()
        let finished = cmark_parser_finish(parser)
        Self.finishLock.unlock()
        guard let document = finished else { return nil }
        defer { cmark_node_free(document) }
        return body(parser, document)
    }

    /// Renders the parsed `document` of `source`: headings, links (rewritten), HTML, plain text and word count.
    private func render(_ document: OpaquePointer, of source: String, parser: OpaquePointer,
                        rewrite: (MarkdownLink) -> String?) -> RenderedMarkdown {
        let locator = LinkLocator(source: source)
        var anchors = HeadingAnchors()
        var headings: [MarkdownHeading] = []
        var links: [MarkdownLink] = []
        var blockLine = 1

        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        var plainWriter = PlainTextWriter(capacity: source.utf8.count)
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if !plainWriter.hasGivenUp { plainWriter.visit(Self.plainTextEvent(node, type: type, entering: event == CMARK_EVENT_ENTER)) }
            guard event == CMARK_EVENT_ENTER else { continue }
            let line = Int(cmark_node_get_start_line(node))
            if line > 0 && (type.rawValue & UInt32(CMARK_NODE_TYPE_BLOCK)) != 0 {
                blockLine = line
            }
            if type == CMARK_NODE_HEADING {
                let text = Self.plainText(of: node)
                headings.append(MarkdownHeading(level: Int(cmark_node_get_heading_level(node)), text: text,
                                                anchor: anchors.anchor(for: text), line: line))
            } else if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                let (foundLine, column) = locator.locate(destination, from: blockLine)
                let link = MarkdownLink(destination: destination, line: foundLine, column: column,
                                        isImage: type == CMARK_NODE_IMAGE)
                links.append(link)
                if let replacement = rewrite(link) {
                    cmark_node_set_url(node, replacement)
                }
            }
        }

        // The HTML is edited on cmark's bytes, and words are counted there: each text becomes a String once.
        let html = Self.take(cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser))) {
            HTMLPostProcessor.process($0, headings: headings)
        }
        let plain: String
        let wordCount: Int
        if let written = plainWriter.text() {
            plain = written.text
            wordCount = written.bytes.withUnsafeBufferPointer { WordCounter.count(in: $0) }
        } else {
            (plain, wordCount) = Self.take(cmark_render_plaintext(document, options, 0)) {
                (String(decoding: $0, as: UTF8.self), WordCounter.count(in: $0))
            }
        }
        return RenderedMarkdown(html: html, headings: headings, links: links, plainText: plain, wordCount: wordCount)
    }

    /// `source`'s plain text as cmark's own renderer writes it: what `render` must give, for tests.
    func cmarkPlainText(_ source: String) -> String {
        withDocument(source) { _, document in
            Self.take(cmark_render_plaintext(document, options, 0)) { String(decoding: $0, as: UTF8.self) }
        } ?? ""
    }

    /// The plain text `PlainTextWriter` writes of `source`, or nil if it gives up (cmark then writes it): for tests.
    func writtenPlainText(_ source: String) -> String? {
        withDocument(source) { _, document -> String? in
            let iterator = cmark_iter_new(document)
            defer { cmark_iter_free(iterator) }
            var writer = PlainTextWriter(capacity: 0)
            while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
                guard let node = cmark_iter_get_node(iterator) else { continue }
                writer.visit(Self.plainTextEvent(node, type: cmark_node_get_type(node), entering: event == CMARK_EVENT_ENTER))
            }
            return writer.text()?.text
        } ?? nil
    }

    private static let tableExtension = cmark_find_syntax_extension("table")
    private static let tasklistExtension = cmark_find_syntax_extension("tasklist")

    /// What `PlainTextWriter` needs of `node` (of `type`) as the walk enters or leaves it.
    private static func plainTextEvent(_ node: OpaquePointer, type: cmark_node_type, entering: Bool) -> PlainTextEvent {
        let parent = cmark_node_parent(node)
        var event = PlainTextEvent(kind: .unsupported, entering: entering)
        event.isList = type == CMARK_NODE_LIST
        if let parent, cmark_node_get_type(parent) == CMARK_NODE_ITEM {
            event.parentItemListIsTight = cmark_node_get_list_tight(cmark_node_parent(parent)) != 0
        }
        func literal() -> UnsafeBufferPointer<UInt8> {
            guard let text = cmark_node_get_literal(node) else { return UnsafeBufferPointer(start: nil, count: 0) }
            return UnsafeBufferPointer(start: UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self), count: strlen(text))
        }
        if let syntax = cmark_node_get_syntax_extension(node) {
            if syntax == tableExtension {
                // The extension's node types are not exported: its nodes are told apart by their names.
                switch String(cString: cmark_node_get_type_string(node)) {
                case "table": event.kind = .table
                case "table_header", "table_row": event.kind = .tableRow
                case "table_cell":
                    event.kind = .tableCell
                    if !entering, cmark_gfm_extensions_get_table_row_is_header(parent) != 0, cmark_node_next(node) == nil {
                        let table = cmark_node_parent(parent)
                        let columns = Int(cmark_gfm_extensions_get_table_columns(table))
                        let alignments = cmark_gfm_extensions_get_table_alignments(table)
                        event.headerRowAlignments = (0..<columns).map { alignments?[$0] ?? 0xFF }
                    }
                default: break
                }
            } else if syntax == tasklistExtension && type == CMARK_NODE_ITEM {
                event.kind = .taskItem
                event.isChecked = cmark_gfm_extensions_get_tasklist_item_checked(node)
            }
            return event
        }
        switch type {
        case CMARK_NODE_DOCUMENT, CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE,
             CMARK_NODE_STRONG, CMARK_NODE_EMPH, CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            event.kind = .container
        case CMARK_NODE_LIST:
            event.kind = .list
            if let next = cmark_node_next(node) {
                event.isFollowedByCodeOrList = cmark_node_get_type(next) == CMARK_NODE_CODE_BLOCK || cmark_node_get_type(next) == CMARK_NODE_LIST
            }
        case CMARK_NODE_ITEM:
            event.kind = .item
            event.itemMarker = "  - "
            if cmark_node_get_list_type(parent) != CMARK_BULLET_LIST {
                // The list's start plus the items before this one.
                var number = Int(cmark_node_get_list_start(parent))
                var item = node
                while let previous = cmark_node_previous(item) {
                    number += 1
                    item = previous
                }
                let delimiter = cmark_node_get_list_delim(parent) == CMARK_PAREN_DELIM ? ")" : "."
                event.itemMarker = "\(number)\(delimiter)\(number < 10 ? "  " : " ")"
            }
        case CMARK_NODE_HEADING: event.kind = .heading
        case CMARK_NODE_CODE_BLOCK:
            event.kind = .codeBlock
            event.isFirstInListItem = cmark_node_previous(node) == nil && parent.map { cmark_node_get_type($0) == CMARK_NODE_ITEM } == true
            event.literal = literal()
        case CMARK_NODE_THEMATIC_BREAK: event.kind = .thematicBreak
        case CMARK_NODE_PARAGRAPH: event.kind = .paragraph
        case CMARK_NODE_TEXT:
            event.kind = .text
            event.literal = literal()
        case CMARK_NODE_LINEBREAK: event.kind = .lineBreak
        case CMARK_NODE_SOFTBREAK: event.kind = .softBreak
        case CMARK_NODE_CODE:
            event.kind = .code
            event.literal = literal()
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            event.kind = .footnoteReference
            event.literal = literal()
        case CMARK_NODE_FOOTNOTE_DEFINITION: event.kind = .footnoteDefinition
        default: break
        }
        return event
    }

    /// The concatenated literal text below `node`.
    private static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(child)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let literal = cmark_node_get_literal(child) {
                text += String(cString: literal)
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text += " "
            }
        }
        return trimmingSpaces(text)
    }

    /// `text` without the spaces and tabs around it: what `trimmingCharacters(in: .whitespaces)` gives
    /// (space separators, tab and U+200B), without Foundation's cost on every heading.
    static func trimmingSpaces(_ text: String) -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex { !isSpace($0) }!
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    /// Hands the bytes of a C string allocated by cmark to `body`, then frees it.
    private static func take<T>(_ pointer: UnsafeMutablePointer<CChar>?, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        defer { free(pointer) }
        guard let pointer else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        let count = strlen(pointer)
        return pointer.withMemoryRebound(to: UInt8.self, capacity: count + 1) {
            body(UnsafeBufferPointer(start: $0, count: count))
        }
    }

    /// The number of words in `text` (see `WordCounter`).
    static func countWords(_ text: String) -> Int {
        WordCounter.count(in: text)
    }
}
