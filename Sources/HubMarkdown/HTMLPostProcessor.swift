import Foundation

/// Small, safe edits to the HTML that cmark-gfm writes.
///
/// They rely on one fact: cmark escapes every `<` of the author's text and
/// omits raw HTML, so a literal `<h2>` or `<table>` in its output can only be
/// one that cmark wrote itself.
enum HTMLPostProcessor {
    static let tableOpen = Array("<table>".utf8)
    static let tableClose = Array("</table>".utf8)
    /// A table is wrapped in a region that scrolls sideways as a whole, named by its number in the
    /// document so that no two regions of a page share a name: `wrapOpen`, the number, `wrapOpenEnd`.
    static let wrapOpen = Array("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Table ".utf8)
    static let wrapOpenEnd = Array("\"><table>".utf8)
    static let wrapClose = Array("</table></div>".utf8)
    /// What cmark-gfm writes for a table cell of an aligned column (`|:-|-:|:-:|`): the obsolete
    /// `align` attribute, which becomes a class the stylesheet styles (the Content-Security-Policy
    /// allows no `style` attribute).
    static let headerAlign = Array("<th align=\"".utf8)
    static let cellAlign = Array("<td align=\"".utf8)
    static let alignClass = Array(" class=\"align-".utf8)
    /// cmark-gfm's footnotes section, which gets a heading (hidden but for screen readers) so that the
    /// section is named like every other.
    /// A GFM task list item's box, which cmark-gfm writes without a label.
    static let taskBox = Array("<input type=\"checkbox\"".utf8)
    static let taskDone = Array(" aria-label=\"Done\"".utf8)
    static let taskNotDone = Array(" aria-label=\"Not done\"".utf8)
    static let footnotesOpen = Array("<section class=\"footnotes\" data-footnotes>".utf8)
    static let footnotesHeading = Array("\n<h2 class=\"visually-hidden\">Notes</h2>".utf8)

    /// One tag to rewrite: where it starts in the input and what it becomes.
    private struct Edit {
        enum Change {
            /// `<hN>` becomes `<hN id="anchor">`, with the anchor of `headings[index]`.
            case heading(index: Int)
            /// The document's table `number` (from 1) opens.
            case tableOpen(number: Int)
            case tableClose
            /// `<th align="right">` becomes `<th class="align-right">`.
            case alignment
            /// The footnotes section opens: its heading follows.
            case footnotes
            /// A task list item's box gets a label saying whether it is ticked.
            case taskBox(done: Bool)
        }

        let offset: Int
        let change: Change
    }

    /// Adds the headings' anchors, wraps tables, turns cells' alignment into classes, labels task boxes
    /// and heads the footnotes.
    static func process(_ html: String, headings: [MarkdownHeading]) -> String {
        var html = html
        return html.withUTF8 { process($0, headings: headings) }
    }

    /// `process` on HTML bytes as cmark wrote them: the tags to edit are found by jumping from one `<`
    /// to the next, and the result is written once, straight into the new string.
    static func process(_ bytes: UnsafeBufferPointer<UInt8>, headings: [MarkdownHeading]) -> String {
        guard !bytes.isEmpty else { return "" }
        let (edits, added) = findEdits(in: bytes, headings: headings)
        if edits.isEmpty { return String(decoding: bytes, as: UTF8.self) }
        return apply(edits, to: bytes, adding: added, headings: headings)
    }

    /// The tags of `bytes` to edit, in order, and how many bytes the edits add.
    private static func findEdits(in bytes: UnsafeBufferPointer<UInt8>, headings: [MarkdownHeading]) -> ([Edit], Int) {
        guard let base = bytes.baseAddress else { return ([], 0) }
        let count = bytes.count
        var edits: [Edit] = []
        var added = 0
        var headingIndex = 0
        var tables = 0
        var index = 0
        while index < count, let found = memchr(base + index, Int32(UInt8(ascii: "<")), count - index) {
            index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if index + 3 < count, bytes[index + 1] == UInt8(ascii: "h"), bytes[index + 3] == UInt8(ascii: ">"),
               (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[index + 2]), headingIndex < headings.count {
                edits.append(Edit(offset: index, change: .heading(index: headingIndex)))
                // ` id="` and `"`
                added += 6 + headings[headingIndex].anchor.utf8.count
                headingIndex += 1
                index += 4
            } else if matches(tableOpen, in: bytes, at: index) {
                tables += 1
                edits.append(Edit(offset: index, change: .tableOpen(number: tables)))
                added += wrapOpen.count + String(tables).utf8.count + wrapOpenEnd.count - tableOpen.count
                index += tableOpen.count
            } else if matches(tableClose, in: bytes, at: index) {
                edits.append(Edit(offset: index, change: .tableClose))
                added += wrapClose.count - tableClose.count
                index += tableClose.count
            } else if matches(footnotesOpen, in: bytes, at: index) {
                edits.append(Edit(offset: index, change: .footnotes))
                added += footnotesHeading.count
                index += footnotesOpen.count
            } else if matches(taskBox, in: bytes, at: index) {
                let tagEnd = bytes[index...].firstIndex(of: UInt8(ascii: ">")) ?? count
                let done = bytes[index..<tagEnd].starts(with: taskBox + Array(" checked".utf8))
                edits.append(Edit(offset: index, change: .taskBox(done: done)))
                added += done ? taskDone.count : taskNotDone.count
                index += taskBox.count
            } else if matches(headerAlign, in: bytes, at: index) || matches(cellAlign, in: bytes, at: index) {
                edits.append(Edit(offset: index, change: .alignment))
                added += alignClass.count - (headerAlign.count - 3)
                index += headerAlign.count
            } else {
                index += 1
            }
        }
        return (edits, added)
    }

    /// `bytes` with `edits` made, written once into a string `added` bytes longer.
    private static func apply(_ edits: [Edit], to bytes: UnsafeBufferPointer<UInt8>, adding added: Int,
                              headings: [MarkdownHeading]) -> String {
        let count = bytes.count
        return String(unsafeUninitializedCapacity: count + added) { output in
            var written = 0
            func append(_ part: UnsafeBufferPointer<UInt8>) {
                guard let source = part.baseAddress, !part.isEmpty else { return }
                (output.baseAddress! + written).update(from: source, count: part.count)
                written += part.count
            }
            var copied = 0
            for edit in edits {
                append(UnsafeBufferPointer(rebasing: bytes[copied..<edit.offset]))
                switch edit.change {
                case .heading(let index):
                    // `<hN` as written, then the anchor and the closing `>`.
                    append(UnsafeBufferPointer(rebasing: bytes[edit.offset..<edit.offset + 3]))
                    var tag = " id=\"" + headings[index].anchor + "\">"
                    tag.withUTF8 { append($0) }
                    copied = edit.offset + 4
                case .tableOpen(let number):
                    wrapOpen.withUnsafeBufferPointer { append($0) }
                    var digits = String(number)
                    digits.withUTF8 { append($0) }
                    wrapOpenEnd.withUnsafeBufferPointer { append($0) }
                    copied = edit.offset + tableOpen.count
                case .tableClose:
                    wrapClose.withUnsafeBufferPointer { append($0) }
                    copied = edit.offset + tableClose.count
                case .alignment:
                    // `<th` or `<td`, the class, then the value (`right"`) as written.
                    append(UnsafeBufferPointer(rebasing: bytes[edit.offset..<edit.offset + 3]))
                    alignClass.withUnsafeBufferPointer { append($0) }
                    copied = edit.offset + headerAlign.count
                case .taskBox(let done):
                    // `<input`, the label, then the rest of the tag as written.
                    append(UnsafeBufferPointer(rebasing: bytes[edit.offset..<edit.offset + 6]))
                    (done ? taskDone : taskNotDone).withUnsafeBufferPointer { append($0) }
                    copied = edit.offset + 6
                case .footnotes:
                    append(UnsafeBufferPointer(rebasing: bytes[edit.offset..<edit.offset + footnotesOpen.count]))
                    footnotesHeading.withUnsafeBufferPointer { append($0) }
                    copied = edit.offset + footnotesOpen.count
                }
            }
            append(UnsafeBufferPointer(rebasing: bytes[copied..<count]))
            return written
        }
    }

    private static func matches(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        for offset in 0..<pattern.count where bytes[index + offset] != pattern[offset] { return false }
        return true
    }
}
