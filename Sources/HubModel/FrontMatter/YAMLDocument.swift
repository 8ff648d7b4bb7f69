import Yams

/// Parses YAML text into a mapping, turning syntax errors into located diagnostics.
enum YAMLDocument {
    /// The root mapping of `yaml`, or nil after logging why there is none.
    static func mapping(_ yaml: String, path: String, firstLine: Int, log: inout DiagnosticLog) -> YAMLFields? {
        let anchor = SourceLocation(path: path, line: max(firstLine - 1, 1), column: 1)
        if let (line, column) = tooDeep(yaml) {
            log.error(SourceLocation(path: path, line: line + firstLine - 1, column: column),
                      "the YAML is nested more than \(maximumDepth) levels deep",
                      hint: "front matter needs only a few levels: fields, lists and recommendation items")
            return nil
        }
        if let (line, column) = YAMLExpansion.overflow(of: yaml) {
            log.error(SourceLocation(path: path, line: line + firstLine, column: column + 1),
                      "the YAML's aliases (*name) expand it to more than \(YAMLExpansion.limit / 1_000_000) MB of text",
                      hint: "write the values out instead of repeating an alias; front matter needs a few kilobytes at most")
            return nil
        }
        let root: Node?
        do {
            // Every value is read as text and checked by the field readers, so no implicit tags are
            // resolved (Yams' default resolver runs a regular expression per scalar); the encoding
            // is given because Yams' default reads the whole environment on every call.
            root = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            log.error(location(of: error, path: path, firstLine: firstLine) ?? anchor,
                      "invalid YAML: \(problem(of: error))",
                      hint: "check indentation and quote text that contains ': ' or starts with a special character")
            return nil
        } catch {
            log.error(anchor, "invalid YAML: \(error)")
            return nil
        }
        guard let root else {
            log.error(anchor, "the YAML is empty")
            return nil
        }
        guard case .mapping(let mapping) = root else {
            log.error(anchor, "the YAML must be a mapping of fields ('name: value' lines)")
            return nil
        }
        return YAMLFields(mapping: mapping, path: path, firstLine: firstLine, anchor: anchor)
    }

    /// Deeper than any front matter needs, and shallow enough that the YAML parser's recursion is safe.
    static let maximumDepth = 64

    /// Where flow brackets or indentation first go deeper than `maximumDepth`, if they do.
    ///
    /// Scanned on UTF-8 bytes (every character that matters is ASCII); the column is counted in
    /// characters, as in every other diagnostic.
    static func tooDeep(_ yaml: String) -> (line: Int, column: Int)? {
        var depth = 0
        var line = 1
        var lineStart = 0
        var atLineStart = true
        var indent = 0
        var quote: UInt8?
        var yaml = yaml
        return yaml.withUTF8 { bytes -> (line: Int, column: Int)? in
            func place(_ offset: Int) -> (line: Int, column: Int) {
                (line, String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart...offset]), as: UTF8.self).count)
            }
            for (offset, byte) in bytes.enumerated() {
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    lineStart = offset + 1
                    atLineStart = true
                    indent = 0
                    quote = nil
                    continue
                }
                if atLineStart {
                    if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") {
                        indent += 1
                        if indent / 2 > maximumDepth { return place(offset) }
                        continue
                    }
                    atLineStart = false
                }
                if let open = quote {
                    if byte == open { quote = nil }
                    continue
                }
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    depth += 1
                    if depth > maximumDepth { return place(offset) }
                case UInt8(ascii: "]"), UInt8(ascii: "}"): depth = max(0, depth - 1)
                default: break
                }
            }
            return nil
        }
    }

    private static func location(of error: YamlError, path: String, firstLine: Int) -> SourceLocation? {
        switch error {
        case .scanner(let context, _, let mark, _):
            // Where an unfinished token began (e.g. an unclosed quote) is more useful than where scanning gave up.
            let place = context?.mark ?? mark
            return SourceLocation(path: path, line: place.line + firstLine - 1, column: place.column)
        case .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return SourceLocation(path: path, line: mark.line + firstLine - 1, column: mark.column)
        default:
            return nil
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
             .composer(let context, let problem, _, _):
            if let context, !context.text.isEmpty, context.text.count < 80 { return "\(problem) (\(context.text))" }
            return problem
        case .reader(let problem, _, _, _):
            return problem
        default:
            return "\(error)"
        }
    }
}
