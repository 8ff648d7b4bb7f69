/// A picture from a report, its metadata stripped, to be written under `assets/`.
public struct ImportedImage: Sendable {
    /// Its number in the document, from 1: the file is `figure-<number>.<fileExtension>`.
    public let number: Int
    /// `png`, `jpg`, `gif` or `webp`.
    public let fileExtension: String
    /// The bytes to write, without EXIF, XMP, IPTC, comments or text chunks.
    public let data: [UInt8]

    /// The file name under the document's assets folder.
    public var fileName: String { "figure-\(number).\(fileExtension)" }

    /// What the converted Markdown links to until the importer puts the real path in.
    public static func placeholder(_ number: Int) -> String { "LEARNING-HUB-IMAGE-\(number)" }
}
