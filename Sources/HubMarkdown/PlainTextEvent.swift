/// One event of a walk over a whole Markdown document (a node entered or left): as much of the node
/// as `PlainTextWriter` needs. `MarkdownRenderer` describes each cmark node this way, so that the
/// writer never touches the C library itself.
struct PlainTextEvent {
    /// What the node is, as far as the plain text goes.
    enum Kind {
        /// Nodes that write nothing themselves: the document, block quotes, raw HTML, emphasis, links, images.
        case container
        case list, item, taskItem, heading, codeBlock, thematicBreak, paragraph, text, lineBreak, softBreak, code
        case footnoteReference, footnoteDefinition, table, tableRow, tableCell
        /// A node of another extension, or one the writer does not follow: it then gives up.
        case unsupported

        /// The kind of a node of the table extension, from its type name ("table", "table_row", ...).
        init(tableNodeName name: String) {
            switch name {
            case "table": self = .table
            case "table_header", "table_row": self = .tableRow
            case "table_cell": self = .tableCell
            default: self = .unsupported
            }
        }
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
