import Foundation

/// Makes a theme's scripts and style sheets smaller as they are published: comments and indentation
/// are for the people who adapt a theme, not for a practitioner's phone on a poor connection. Only
/// what cannot change a file's meaning goes: a script's whole-line comments, its indentation and blank
/// lines (a script with a template literal or a line continuation is left as it is); a style sheet's
/// comments outside strings, its indentation and blank lines. Other files are published as they are.
enum StaticTextCompactor {
    /// The published form of the static file at `relativePath` whose bytes are `data`.
    static func compact(_ data: Data, relativePath: String) -> Data {
        let kind = (relativePath as NSString).pathExtension.lowercased()
        guard kind == "js" || kind == "css", let text = String(data: data, encoding: .utf8) else { return data }
        let compacted = kind == "js" ? script(text) : styleSheet(text)
        return compacted.map { Data($0.utf8) } ?? data
    }

    /// A script without its whole-line comments, indentation and blank lines; nil when a line of code
    /// holds a template literal or ends in a line continuation, where a line's start may be text.
    static func script(_ text: String) -> String? {
        var kept: [Substring] = []
        var inBlockComment = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            var trimmed = line.drop { $0 == " " || $0 == "\t" }
            if inBlockComment || trimmed.hasPrefix("/*") {
                // Whatever follows the comment's end on its last line is code.
                guard let end = trimmed.range(of: "*/", range: trimmed.index(trimmed.startIndex, offsetBy: inBlockComment ? 0 : 2)..<trimmed.endIndex)
                else {
                    inBlockComment = true
                    continue
                }
                inBlockComment = false
                trimmed = trimmed[end.upperBound...].drop { $0 == " " || $0 == "\t" }
            }
            if trimmed.hasPrefix("//") || trimmed.allSatisfy(\.isWhitespace) { continue }
            if trimmed.contains("`") || trimmed.hasSuffix("\\") { return nil }
            kept.append(trimmed)
        }
        return kept.joined(separator: "\n") + "\n"
    }

    /// A style sheet without its comments (outside strings), indentation and blank lines.
    static func styleSheet(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var quote: Character?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if let open = quote {
                output.append(character)
                if character == "\\", text.index(after: index) < text.endIndex {
                    index = text.index(after: index)
                    output.append(text[index])
                } else if character == open {
                    quote = nil
                }
            } else if character == "/", text[index...].hasPrefix("/*") {
                let after = text.index(index, offsetBy: 2)
                index = text[after...].range(of: "*/")?.upperBound ?? text.endIndex
                continue
            } else {
                if character == "\"" || character == "'" { quote = character }
                output.append(character)
            }
            index = text.index(after: index)
        }
        let lines = output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return lines.joined(separator: "\n") + "\n"
    }
}
