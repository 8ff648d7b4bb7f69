import Foundation
import HubSupport

/// Writes the published copy of each asset a published document links to, in the write-extras
/// step: images without their metadata, an SVG without what could run script or fetch from elsewhere,
/// other files as they are (see `PublishedAsset`). `AssetCheck` has already checked each file while
/// the hub loaded; a file changed since then so that it fails is an error that stops the build.
public struct AssetPublisher: Sendable {
    let folder: HubFolder

    public init(contentDirectory: String) {
        folder = HubFolder(path: contentDirectory)
    }

    /// Writes the published form of `asset` (relative to the content folder) at the same path in `output`.
    public func publish(_ asset: String, into output: any OutputSink) throws {
        let path = folder.displayPath(asset)
        guard let type = AssetType(path: asset) else {
            throw OutputError(path: path, message: "'\(asset)' is not a kind of file the site publishes")
        }
        guard let bytes = PlainFile.read(folder.fullPath(asset)) else {
            throw OutputError(path: path, message: "the file cannot be read", hint: "check its permissions")
        }
        do {
            try output.write(asset, Data(try PublishedAsset.make(type, from: bytes).bytes))
        } catch let problem as AssetProblem {
            throw OutputError(path: path, message: problem.message, hint: problem.hint)
        }
    }
}
