/// Reads what `pdftotext -bbox-layout` writes: XHTML with `page`, `flow`, `block`, `line` and `word`
/// elements, each word with its box. A small scanner for exactly that output, which is regular.
enum BBoxLayoutReader {
    static func pages(_ bytes: [UInt8]) -> [PDFPage] {
        var pages: [PDFPage] = []
        var flow = 0
        var lineBox: [String: Double] = [:]
        var words: [PDFLine.Word] = []
        var index = 0
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            guard let close = bytes[open...].firstIndex(of: UInt8(ascii: ">")) else { break }
            let tag = bytes[(open + 1)..<close]
            let name = String(decoding: tag.prefix { $0 != UInt8(ascii: " ") }, as: UTF8.self)
            index = close + 1
            switch name {
            case "page":
                let box = attributes(tag)
                pages.append(PDFPage(number: pages.count + 1, width: box["width"] ?? 0, height: box["height"] ?? 0, blocks: []))
            case "flow":
                flow += 1
            case "block":
                pages[pages.count - 1].blocks.append(PDFBlock(lines: [], flow: flow))
            case "line":
                lineBox = attributes(tag)
                words = []
            case "word":
                let box = attributes(tag)
                let end = bytes[index...].firstIndex(of: UInt8(ascii: "<")) ?? bytes.count
                let text = decodeEntities(String(decoding: bytes[index..<end], as: UTF8.self))
                words.append(PDFLine.Word(text: text, xMin: box["xMin"] ?? 0, xMax: box["xMax"] ?? 0))
                index = end
            case "/line":
                guard !pages.isEmpty, !(pages[pages.count - 1].blocks.isEmpty), !words.isEmpty else { continue }
                let line = PDFLine(xMin: lineBox["xMin"] ?? 0, yMin: lineBox["yMin"] ?? 0, xMax: lineBox["xMax"] ?? 0,
                                   yMax: lineBox["yMax"] ?? 0, words: words)
                let page = pages.count - 1
                pages[page].blocks[pages[page].blocks.count - 1].lines.append(line)
            default:
                continue
            }
        }
        return pages
    }

    /// The numeric attributes of a tag, e.g. `xMin="12.5"`.
    private static func attributes(_ tag: ArraySlice<UInt8>) -> [String: Double] {
        var values: [String: Double] = [:]
        let text = String(decoding: tag, as: UTF8.self)
        for part in text.split(separator: " ") {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            values[String(pair[0])] = Double(pair[1].trimmingCharacters(in: ["\"", "/"]))
        }
        return values
    }

    /// `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;` and numeric references decoded.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            guard let semicolon = rest[amp...].firstIndex(of: ";"), rest.distance(from: amp, to: semicolon) <= 10 else {
                result += "&"
                rest = rest[rest.index(after: amp)...]
                continue
            }
            let entity = rest[rest.index(after: amp)..<semicolon]
            result += decode(entity) ?? String(rest[amp...semicolon])
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }

    private static func decode(_ entity: Substring) -> String? {
        switch entity {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard entity.hasPrefix("#") else { return nil }
            let digits = entity.dropFirst()
            let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
    }
}
