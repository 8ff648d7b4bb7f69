import Foundation
import HubModel

/// Takes the pictures pandoc wrote out of a document: each linked one is stripped of its metadata and
/// numbered (`figure-1.png`, ...), its link pointed at a placeholder for the importer to fill in; one
/// in a format browsers cannot show (EMF, WMF, TIFF, SVG, ...) is replaced by a note to the author.
struct PictureCollector {
    let mediaFolder: String

    func collect(into document: inout ConvertedDocument) {
        var markdown = document.markdown
        var number = 0
        var numbers: [String: Int] = [:]
        for path in linkedPaths(in: markdown) {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            let name = (path as NSString).lastPathComponent
            if let stripped = ImageMetadataStripper.strip([UInt8](data)) {
                if numbers[path] == nil {
                    number += 1
                    numbers[path] = number
                    document.images.append(ImportedImage(number: number, fileExtension: stripped.format.rawValue, data: stripped.bytes))
                }
                markdown = markdown.replacingOccurrences(of: "](\(path))", with: "](\(ImportedImage.placeholder(numbers[path]!)))")
                    .replacingOccurrences(of: "](<\(path)>)", with: "](\(ImportedImage.placeholder(numbers[path]!)))")
            } else {
                let kind = (name as NSString).pathExtension.uppercased()
                markdown = Self.replacingImages(of: path, in: markdown, with: "\(ScaffoldGuidance.missingImage) a picture (\(kind.isEmpty ? "unknown format" : kind)) was left out because browsers cannot show it.")
                document.notes.append("a picture in \(kind.isEmpty ? "an unknown format" : kind) was left out (browsers cannot show it); the Markdown says where it was")
            }
        }
        document.markdown = markdown
    }

    /// The paths under the media folder that the Markdown links to, in order, each once.
    private func linkedPaths(in markdown: String) -> [String] {
        var paths: [String] = []
        var searchStart = markdown.startIndex
        while let found = markdown.range(of: mediaFolder + "/", range: searchStart..<markdown.endIndex) {
            let end = markdown[found.upperBound...].firstIndex { $0 == ")" || $0 == ">" || $0 == "\n" } ?? markdown.endIndex
            let path = String(markdown[found.lowerBound..<end])
            if !paths.contains(path) { paths.append(path) }
            searchStart = end
        }
        return paths
    }

    /// `markdown` with every `![alt](path)` replaced by `note`.
    static func replacingImages(of path: String, in markdown: String, with note: String) -> String {
        var result = markdown
        for target in ["](\(path))", "](<\(path)>)"] {
            while let close = result.range(of: target) {
                let lineStart = result[..<close.lowerBound].lastIndex(of: "\n").map { result.index(after: $0) } ?? result.startIndex
                let open = result[lineStart..<close.lowerBound].range(of: "![", options: .backwards)?.lowerBound ?? close.lowerBound
                result.replaceSubrange(open..<close.upperBound, with: note)
            }
        }
        return result
    }
}
