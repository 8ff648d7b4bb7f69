/// What is published of an asset: its bytes as the site serves them, and what was taken out of an
/// SVG that could run script or fetch something (each with its line), which the build reports as
/// warnings. Images lose their metadata silently: that is always done.
public struct PublishedAsset: Sendable {
    public let bytes: [UInt8]
    /// What was removed from an SVG, e.g. "<script> (line 4)".
    public let removed: [String]

    public init(bytes: [UInt8], removed: [String] = []) {
        self.bytes = bytes
        self.removed = removed
    }

    /// The published form of `bytes`, a file of `type`: images without their metadata (`JPEGMetadata`,
    /// `PNGMetadata`, `WebPMetadata`, `GIFMetadata`), an SVG through `SVGSanitizer`, other files as they are.
    public static func make(_ type: AssetType, from bytes: [UInt8]) throws(AssetProblem) -> PublishedAsset {
        guard type.matches(bytes) else {
            throw AssetProblem("the file is named as \(type.name) but is not one",
                               hint: "save it again in the format its name says, or rename it for what it is")
        }
        switch type {
        case .jpeg: return PublishedAsset(bytes: try JPEGMetadata.strip(bytes))
        case .png: return PublishedAsset(bytes: try PNGMetadata.strip(bytes))
        case .webp: return PublishedAsset(bytes: try WebPMetadata.strip(bytes))
        case .gif: return PublishedAsset(bytes: try GIFMetadata.strip(bytes))
        case .svg: return try SVGSanitizer.sanitize(bytes)
        case .pdf, .csv, .text: return PublishedAsset(bytes: bytes)
        }
    }
}
