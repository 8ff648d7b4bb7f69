import HubSupport
import Foundation
import HubModel

/// The folder where builds keep what the next build may reuse (by default `.hub-cache/`, never
/// inside the output): the manifest of each output folder, each document's loaded form, the
/// search index's tokenised runs and every document's related learning.
struct BuildCache: Sendable {
    let directory: String

    /// The manifest of what the last successful build wrote into `destination` (an absolute path).
    func manifestPath(for destination: String) -> String {
        let name = Fingerprint.of("output", destination).description
        return (directory as NSString).appendingPathComponent("outputs/\(name).json")
    }

    /// Where the search index's tokenised runs of documents are kept.
    var searchRunsDirectory: String {
        (directory as NSString).appendingPathComponent("search-runs")
    }

    /// Where the related learning of every document is kept.
    var relatedLearningDirectory: String {
        (directory as NSString).appendingPathComponent("related-learning")
    }

    /// Where documents loaded by earlier builds are kept.
    var documentsDirectory: String {
        (directory as NSString).appendingPathComponent("documents")
    }
}
