import HubModel

/// Removes what a picture carries besides the picture: EXIF (camera, place, time, author), XMP, IPTC,
/// comments and text chunks, any of which may name a person. It is the same stripping a build does
/// to a published image (`PublishedAsset`), applied to the bytes of a picture pulled out of a report;
/// only the formats browsers show (PNG, JPEG, GIF, WebP) are taken, anything else is refused.
public enum ImageMetadataStripper {
    /// The picture's format, named by the extension it is written with.
    public enum Format: String, Sendable, CaseIterable {
        case png, jpg, gif, webp

        var assetType: AssetType {
            switch self {
            case .png: return .png
            case .jpg: return .jpeg
            case .gif: return .gif
            case .webp: return .webp
            }
        }
    }

    /// The format of `bytes`, nil when it is none of those browsers show.
    public static func format(of bytes: [UInt8]) -> Format? {
        Format.allCases.first { $0.assetType.matches(bytes) }
    }

    /// `bytes` without their metadata, and their format; nil when the format is not one browsers show
    /// or the file is damaged.
    public static func strip(_ bytes: [UInt8]) -> (format: Format, bytes: [UInt8])? {
        guard let format = format(of: bytes),
              let published = try? PublishedAsset.make(format.assetType, from: bytes) else { return nil }
        return (format, published.bytes)
    }
}
