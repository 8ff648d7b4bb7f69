import Foundation

/// A small, valid PDF written byte by byte for tests: pages of text in Helvetica, an Info dictionary
/// (Title, Author, ...), and optionally an `/Encrypt` dictionary whose password no reader can guess.
public struct MinimalPDF {
    /// Each page's lines of text (ASCII).
    public var pages: [[String]]
    /// The document information fields, e.g. `["Author": "Jane Smith"]`.
    public var info: [String: String]
    /// Marks the file as encrypted with a password.
    public var encrypted: Bool

    public init(pages: [[String]], info: [String: String] = [:], encrypted: Bool = false) {
        self.pages = pages
        self.info = info
        self.encrypted = encrypted
    }

    /// The file's bytes.
    public var data: Data {
        var objects: [String] = []
        let pageCount = pages.count
        // 1: catalog, 2: pages, 3: font, 4: info, then a page and its content stream for each page.
        let kids = (0..<pageCount).map { "\(5 + 2 * $0) 0 R" }.joined(separator: " ")
        objects.append("<< /Type /Catalog /Pages 2 0 R >>")
        objects.append("<< /Type /Pages /Kids [\(kids)] /Count \(pageCount) >>")
        objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        objects.append("<< " + info.sorted { $0.key < $1.key }.map { "/\($0.key) (\(Self.escaped($0.value)))" }.joined(separator: " ") + " >>")
        for (index, lines) in pages.enumerated() {
            var stream = "BT /F1 11 Tf 14 TL 72 760 Td\n"
            for line in lines { stream += "(\(Self.escaped(line))) Tj T*\n" }
            stream += "ET"
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents \(6 + 2 * index) 0 R >>")
            objects.append("<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream")
        }
        if encrypted {
            let pad = String(repeating: "A", count: 32)
            objects.append("<< /Filter /Standard /V 1 /R 2 /O (\(pad)) /U (\(pad)) /P -3904 >>")
        }
        var text = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(text.utf8.count)
            text += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = text.utf8.count
        text += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { text += String(format: "%010d 00000 n \n", offset) }
        let encrypt = encrypted ? " /Encrypt \(objects.count) 0 R /ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>]" : ""
        text += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R /Info 4 0 R\(encrypt) >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(text.utf8)
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(").replacingOccurrences(of: ")", with: "\\)")
    }
}
