/// The kinds of file under `assets/` that the site publishes: passive formats that no browser runs
/// as script (an SVG only once `SVGSanitizer` has removed what could run or fetch). Anything else a
/// published document links to is an error (`UnpublishedAsset`).
public enum AssetType: String, CaseIterable, Sendable {
    case pdf, png, jpeg, gif, webp, csv, text, svg

    /// The type named by the extension of `path` (in any case), or nil if the site does not publish it.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "pdf": self = .pdf
        case "png": self = .png
        case "jpg", "jpeg": self = .jpeg
        case "gif": self = .gif
        case "webp": self = .webp
        case "csv": self = .csv
        case "txt": self = .text
        case "svg": self = .svg
        default: return nil
        }
    }

    /// As messages name it, e.g. "a PNG image".
    public var name: String {
        switch self {
        case .pdf: return "a PDF"
        case .png: return "a PNG image"
        case .jpeg: return "a JPEG image"
        case .gif: return "a GIF image"
        case .webp: return "a WebP image"
        case .csv: return "a CSV table"
        case .text: return "a plain text file"
        case .svg: return "an SVG image"
        }
    }

    /// Every type, as the hint of a refused file lists them.
    static let published = "PDF, PNG, JPEG, GIF, WebP, CSV, plain text (.txt) and SVG"

    /// Whether `bytes` begin as a file of this type does, so that a file named for one type is not
    /// another (an HTML page named `.png`). Text types only have to be text: no NUL byte.
    public func matches(_ bytes: [UInt8]) -> Bool {
        func starts(_ prefix: String) -> Bool { bytes.starts(with: Array(prefix.utf8)) }
        switch self {
        case .pdf:
            // Readers accept the header anywhere in the first kilobyte.
            let head = bytes.prefix(1024)
            return head.indices.contains { head[$0...].starts(with: Array("%PDF-".utf8)) }
        case .png: return bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        case .jpeg: return bytes.starts(with: [0xFF, 0xD8, 0xFF])
        case .gif: return starts("GIF87a") || starts("GIF89a")
        case .webp: return starts("RIFF") && bytes.count >= 12 && bytes[8..<12].elementsEqual(Array("WEBP".utf8))
        case .csv, .text: return !bytes.contains(0)
        case .svg: return !bytes.contains(0)
        }
    }
}
