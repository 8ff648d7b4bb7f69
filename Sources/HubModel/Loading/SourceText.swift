import Foundation
import HubSupport

/// Decodes file bytes as UTF-8 text, reporting binary or malformed files at the offending byte.
enum SourceText {
    static func decode(_ data: Data, path: String, log: inout DiagnosticLog) -> String? {
        decode([UInt8](data), path: path, log: &log)
    }

    static func decode(_ bytes: [UInt8], path: String, log: inout DiagnosticLog) -> String? {
        if let encoding = WideTextEncoding(of: bytes) {
            log.error(SourceLocation(path: path, line: 1, column: 1), "this file is \(encoding.name) text, not UTF-8",
                      hint: saveAsUTF8Hint)
            return nil
        }
        let nulOffset = bytes.withUnsafeBufferPointer { buffer -> Int? in
            let found = ByteFind.next(0, in: buffer, from: 0)
            return found < buffer.count ? found : nil
        }
        if let nul = nulOffset {
            let (line, column) = position(of: nul, in: bytes)
            log.error(SourceLocation(path: path, line: line, column: column), "this is a binary file, not Markdown text",
                      hint: "put PDFs and images under assets/ and link to them from a document")
            return nil
        }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        // Find the first byte that stops the text being valid UTF-8.
        var end = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): end += UTF8.width(scalar)
            case .emptyInput, .error: break loop
            }
        }
        let (line, column) = position(of: end, in: bytes)
        log.error(SourceLocation(path: path, line: line, column: column), "the file is not valid UTF-8 text",
                  hint: "save the file as UTF-8 in your editor")
        return nil
    }

    /// How to save a file as UTF-8 in the editors authors use.
    static let saveAsUTF8Hint = "save it as UTF-8: in Notepad, File > Save as, Encoding 'UTF-8'; in Word, "
        + "File > Save as, Plain Text, then 'Unicode (UTF-8)'; in VS Code, click the encoding in the status bar, "
        + "'Save with Encoding', 'UTF-8'"

    /// 1-based line and column (in characters) of byte `offset`.
    private static func position(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        let before = bytes[..<offset]
        let line = before.reduce(1) { $1 == 10 ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: 10).map { $0 + 1 } ?? 0
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        return (line, column)
    }
}
