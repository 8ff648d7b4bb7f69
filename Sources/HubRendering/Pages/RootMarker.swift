import Foundation
import HubSupport

/// A stand-in for the way back to the site root (`../` once per folder), so that a document's list
/// entry is rendered once and then given each folder depth's links by replacing it.
///
/// The marker is U+0001, which YAML does not allow in front matter; an entry whose text or
/// template nonetheless holds it is rendered at each depth instead.
enum RootMarker {
    static let text = "\u{1}"
    private static let byte: UInt8 = 1

    /// Whether `text` holds the marker.
    static func occurs(in text: String) -> Bool {
        ByteFind.contains(byte, in: text)
    }

    /// `html` with every marker replaced by `prefix`: the text between markers copied whole.
    static func replace(in html: String, with prefix: String) -> String {
        guard occurs(in: html) else { return html }
        var html = html
        return html.withUTF8 { bytes -> String in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + prefix.utf8.count * 4)
            var start = 0
            while case let end = ByteFind.next(byte, in: bytes, from: start), end < bytes.count {
                result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                result.append(contentsOf: prefix.utf8)
                start = end + 1
            }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
            return String(decoding: result, as: UTF8.self)
        }
    }
}
