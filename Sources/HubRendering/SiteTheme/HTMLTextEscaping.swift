import Mustache

/// HTML escaping for `{{variables}}`, the same as swift-mustache's own but on UTF-8 bytes.
///
/// The library's escaper walks Characters and looks each up in a dictionary, and was an eighth
/// of a build's time. This one returns text with nothing to escape as it is, and otherwise
/// replaces `<`, `>`, `&`, `"` and `'` exactly as the library does. Every template of a site
/// theme is loaded with the pragma `contentTypePragma`, which selects it.
///
/// `escape(_:)` is the project's one HTML escaper: the preview server's error page uses it too.
public struct HTMLTextEscaping: MustacheContentType {
    static let name = "LEARNING_HUB_HTML"
    static let contentTypePragma = "{{% CONTENT_TYPE: \(name) }}"

    /// Makes the content type known to swift-mustache; the first use of this runs it once.
    static let registered: Void = MustacheContentTypes.register(HTMLTextEscaping(), named: name)

    public func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    /// `text` with `<`, `>`, `&`, `"` and `'` replaced by entities, for element content and attribute values.
    public static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard bytes.contains(where: Self.needsEscaping) else { return nil }
            var escaped: [UInt8] = []
            escaped.reserveCapacity(bytes.count + bytes.count / 8)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "<"): escaped.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): escaped.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "&"): escaped.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "\""): escaped.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): escaped.append(contentsOf: "&#39;".utf8)
                default: escaped.append(byte)
                }
            }
            return String(decoding: escaped, as: UTF8.self)
        } ?? text
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
