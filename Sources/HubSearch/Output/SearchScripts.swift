import Foundation

/// The script twins of the search data, for a hub opened from disk (`file://`), where browsers block
/// `fetch`: the same JSON, handed to the client by `LearningHubSearch.receive(name, json)`.
extension SearchIndexWriter {
    /// The file numbers `0..<count` cut into runs of `filesPerScript`, one script twin each.
    static func batches(of count: Int) -> [Range<Int>] {
        stride(from: 0, to: count, by: filesPerScript).map { $0..<min($0 + filesPerScript, count) }
    }

    /// The script twin of the `kind` files (`docs` or `terms`) numbered `batch`.
    static func scriptPath(_ kind: String, batch: Range<Int>) -> String {
        "search/index/scripts/\(kind)-\(batch.lowerBound / filesPerScript).js"
    }

    /// The twin for file://: the same JSON, handed over by a script. JSON is valid JavaScript
    /// once U+2028/U+2029 are escaped, which JSONEncoder does not do.
    static func script(_ name: String, _ json: Data) -> Data {
        var script = Data("LearningHubSearch.receive(\"\(name)\",".utf8)
        script.append(Self.escapeLineSeparators(json))
        script.append(Data(");\n".utf8))
        return script
    }

    static func escapeLineSeparators(_ json: Data) -> Data {
        guard hasLineSeparator(json) else { return json }
        let text = String(decoding: json, as: UTF8.self)
            .replacingOccurrences(of: "\u{2028}", with: "\\u2028").replacingOccurrences(of: "\u{2029}", with: "\\u2029")
        return Data(text.utf8)
    }

    /// Whether `json` holds U+2028 or U+2029 (E2 80 A8 or E2 80 A9 in UTF-8).
    static func hasLineSeparator(_ json: Data) -> Bool {
        json.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return false }
            var start = 0
            while start < bytes.count, let found = memchr(base + start, 0xE2, bytes.count - start) {
                let position = base.distance(to: UnsafeRawPointer(found))
                if position + 2 < bytes.count && bytes[position + 1] == 0x80 && (bytes[position + 2] | 1) == 0xA9 { return true }
                start = position + 1
            }
            return false
        }
    }
}
