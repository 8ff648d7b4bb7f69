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
    /// Ids the page around the document uses (`<main id="main">`, its sections' headings), which no
    /// heading's anchor takes.
    public let reservedAnchors: Set<String>

    public init(reservedAnchors: Set<String> = []) {
        _ = Self.registration
        self.reservedAnchors = reservedAnchors
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
        var outline = DocumentOutline(source: source, reservedAnchors: reservedAnchors)
        var plainWriter = PlainTextWriter(capacity: source.utf8.count)
        Self.walk(document, outline: &outline, plainWriter: &plainWriter, rewrite: rewrite)
        // The HTML is edited on cmark's bytes, and words are counted there: each text becomes a String once.
        let html = Self.take(cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser))) {
            HTMLPostProcessor.process($0, headings: outline.headings)
        }
        let (plain, wordCount) = plainTextAndWordCount(of: document, writer: &plainWriter)
        return RenderedMarkdown(html: html, headings: outline.headings, links: outline.links, plainText: plain, wordCount: wordCount)
    }

    /// Walks `document` once: every node goes to `plainWriter` (until it gives up), and the headings
    /// and links to `outline`; link destinations that `rewrite` replaces are replaced in the tree.
    private static func walk(_ document: OpaquePointer, outline: inout DocumentOutline, plainWriter: inout PlainTextWriter,
                             rewrite: (MarkdownLink) -> String?) {
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if !plainWriter.hasGivenUp { plainWriter.visit(plainTextEvent(node, type: type, entering: event == CMARK_EVENT_ENTER)) }
            guard event == CMARK_EVENT_ENTER else { continue }
            collect(node, type: type, into: &outline, rewrite: rewrite)
        }
    }

    /// Tells `outline` of the entered `node` (of `type`): a block's line, a heading, or a link, whose
    /// destination is replaced if `rewrite` gives a replacement.
    private static func collect(_ node: OpaquePointer, type: cmark_node_type, into outline: inout DocumentOutline,
                                rewrite: (MarkdownLink) -> String?) {
        let line = Int(cmark_node_get_start_line(node))
        if (type.rawValue & UInt32(CMARK_NODE_TYPE_BLOCK)) != 0 {
            outline.enterBlock(line: line)
        }
        if type == CMARK_NODE_HEADING {
            outline.addHeading(level: Int(cmark_node_get_heading_level(node)), text: plainText(of: node), line: line)
        } else if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
            let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            let link = outline.addLink(destination: destination, isImage: type == CMARK_NODE_IMAGE)
            if let replacement = rewrite(link) {
                cmark_node_set_url(node, replacement)
            }
        }
    }

    /// The plain text of `document` and its word count: the writer's text if it followed every node, else cmark's.
    private func plainTextAndWordCount(of document: OpaquePointer, writer: inout PlainTextWriter) -> (text: String, words: Int) {
        if let written = writer.text() {
            return (written.text, written.bytes.withUnsafeBufferPointer { WordCounter.count(in: $0) })
        }
        return Self.take(cmark_render_plaintext(document, options, 0)) {
            (String(decoding: $0, as: UTF8.self), WordCounter.count(in: $0))
        }
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
            var outline = DocumentOutline(source: source)
            var writer = PlainTextWriter(capacity: 0)
            Self.walk(document, outline: &outline, plainWriter: &writer, rewrite: { _ in nil })
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
        if let syntax = cmark_node_get_syntax_extension(node) {
            if syntax == tableExtension {
                describeTableNode(node, parent: parent, into: &event)
            } else if syntax == tasklistExtension && type == CMARK_NODE_ITEM {
                event.kind = .taskItem
                event.isChecked = cmark_gfm_extensions_get_tasklist_item_checked(node)
            }
        } else {
            describeCoreNode(node, type: type, parent: parent, into: &event)
        }
        return event
    }

    /// `event` for a node of the table extension: its kind and, as the header row's last cell is left,
    /// the table's column alignments.
    private static func describeTableNode(_ node: OpaquePointer, parent: OpaquePointer?, into event: inout PlainTextEvent) {
        // The extension's node types are not exported: its nodes are told apart by their names.
        event.kind = PlainTextEvent.Kind(tableNodeName: String(cString: cmark_node_get_type_string(node)))
        guard event.kind == .tableCell, !event.entering, cmark_gfm_extensions_get_table_row_is_header(parent) != 0,
              cmark_node_next(node) == nil else { return }
        let table = cmark_node_parent(parent)
        let columns = Int(cmark_gfm_extensions_get_table_columns(table))
        let alignments = cmark_gfm_extensions_get_table_alignments(table)
        event.headerRowAlignments = (0..<columns).map { alignments?[$0] ?? 0xFF }
    }

    /// `event` for a node of cmark's own (of `type`): its kind, and what follows a list, an item's
    /// marker, where a code block stands and the text of text, code and footnote references.
    private static func describeCoreNode(_ node: OpaquePointer, type: cmark_node_type, parent: OpaquePointer?,
                                         into event: inout PlainTextEvent) {
        event.kind = plainTextKind(of: type)
        switch event.kind {
        case .list:
            if let next = cmark_node_next(node) {
                let nextType = cmark_node_get_type(next)
                event.isFollowedByCodeOrList = nextType == CMARK_NODE_CODE_BLOCK || nextType == CMARK_NODE_LIST
            }
        case .item:
            event.itemMarker = itemMarker(of: node, in: parent)
        case .codeBlock:
            event.isFirstInListItem = cmark_node_previous(node) == nil && parent.map { cmark_node_get_type($0) == CMARK_NODE_ITEM } == true
            event.literal = literal(of: node)
        case .text, .code, .footnoteReference:
            event.literal = literal(of: node)
        default:
            break
        }
    }

    /// The kind of a node of cmark's own `type` for the plain text.
    private static func plainTextKind(of type: cmark_node_type) -> PlainTextEvent.Kind {
        switch type {
        case CMARK_NODE_DOCUMENT, CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE,
             CMARK_NODE_STRONG, CMARK_NODE_EMPH, CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            return .container
        case CMARK_NODE_LIST: return .list
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_HEADING: return .heading
        case CMARK_NODE_CODE_BLOCK: return .codeBlock
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_TEXT: return .text
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_CODE: return .code
        case CMARK_NODE_FOOTNOTE_REFERENCE: return .footnoteReference
        case CMARK_NODE_FOOTNOTE_DEFINITION: return .footnoteDefinition
        default: return .unsupported
        }
    }

    /// The marker of list item `node` in `list`: "  - " in a bullet list, else its number and
    /// delimiter, padded to four characters under 10 ("3.  ", "12) ").
    private static func itemMarker(of node: OpaquePointer, in list: OpaquePointer?) -> String {
        guard cmark_node_get_list_type(list) != CMARK_BULLET_LIST else { return "  - " }
        // The list's start plus the items before this one.
        var number = Int(cmark_node_get_list_start(list))
        var item = node
        while let previous = cmark_node_previous(item) {
            number += 1
            item = previous
        }
        let delimiter = cmark_node_get_list_delim(list) == CMARK_PAREN_DELIM ? ")" : "."
        return "\(number)\(delimiter)\(number < 10 ? "  " : " ")"
    }

    /// The literal text of `node` (cmark's bytes, valid while the node is), empty if it has none.
    private static func literal(of node: OpaquePointer) -> UnsafeBufferPointer<UInt8> {
        guard let text = cmark_node_get_literal(node) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self), count: strlen(text))
    }

    /// The concatenated literal text below `node`, a space for each line break.
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
        return text
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

    /// `text` without the spaces and tabs around it, as a heading's text is kept (see `DocumentOutline`).
    static func trimmingSpaces(_ text: String) -> String {
        DocumentOutline.trimmingSpaces(text)
    }

    /// The number of words in `text` (see `WordCounter`).
    static func countWords(_ text: String) -> Int {
        WordCounter.count(in: text)
    }
}
