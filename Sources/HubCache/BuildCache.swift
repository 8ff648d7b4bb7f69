import Foundation
import HubModel
import HubSupport

/// The folder where builds keep what the next build may reuse (by default `.hub-cache/`, never inside
/// the output), opened for one build: the documents (`documents`), the search index's runs
/// (`searchRuns`), every document's related learning (`relatedLearning`) and a manifest of each output
/// folder (`output`).
///
/// What a build reads first (the last build's search runs and output) is read on other threads from
/// the moment the cache is opened; what it saves is saved on other threads, and `finish()` waits for
/// all of it: call it once, before the process ends or the cache is opened again.
public final class BuildCache: Sendable {
    public let directory: String
    public let documents: DocumentCache
    public let searchRuns: TokenisedRunStore
    public let relatedLearning: RelatedLearningStore
    /// The PDFs scanned for identifiers.
    public let attachments: AttachmentScanStore
    /// The output folder whose last output may be kept, and that output, being checked against the disk.
    private let destination: String?
    private let previousOutput: BackgroundWork<PreviousOutput?>?
    private let upkeep = DispatchGroup()

    /// Opens the cache in `directory` for a build into `destination` (nil: a build whose output is
    /// always new, as the preview server's).
    public init(directory: String, destination: String?) {
        self.directory = directory
        let environment = GeneratorIdentity.fingerprint
        documents = DocumentCache(directory: Self.path(directory, "documents"), environment: environment, upkeep: upkeep)
        searchRuns = TokenisedRunStore(directory: Self.path(directory, "search-runs"), environment: environment, upkeep: upkeep)
        relatedLearning = RelatedLearningStore(directory: Self.path(directory, "related-learning"), environment: environment,
                                               upkeep: upkeep)
        attachments = AttachmentScanStore(directory: Self.path(directory, "attachments"), environment: environment)
        let absolute = destination.map(OutputFolder.resolvedPath)
        self.destination = absolute
        previousOutput = absolute.map { destination in
            let manifest = Self.manifestPath(in: directory, for: destination)
            return BackgroundWork { PreviousOutput.read(manifestAt: manifest, destination: destination) }
        }
    }

    /// The site output into `folder`, which keeps what the last build wrote there and is unchanged.
    public func output(into folder: OutputFolder, beforeWrite: (@Sendable (String) throws -> Void)?) throws -> any SiteOutput {
        let previous = folder.destination == destination ? (try? previousOutput?.wait()) ?? nil : nil
        let manifestPath = Self.manifestPath(in: directory, for: folder.destination)
        let upkeep = self.upkeep
        return try ReusingOutput(folder: folder, previous: previous, environment: GeneratorIdentity.fingerprint,
                                 beforeWrite: beforeWrite) { manifest in
            // Losing the manifest only costs the next build its reuse, so a failure to save it is ignored.
            DispatchQueue.global(qos: .userInitiated).async(group: upkeep) { try? manifest.save(to: manifestPath) }
        }
    }

    /// Whether the cache keeps what the last build wrote into an output folder.
    public var keepsOutput: Bool { destination != nil }

    /// Waits for everything the cache is saving; the build is over.
    public func finish() {
        _ = try? previousOutput?.wait()
        upkeep.wait()
    }

    /// Removes the documents kept in the cache in `directory` (after one was found damaged): the next
    /// build reads, parses and renders every document again.
    public static func forgetDocuments(in directory: String) {
        try? FileManager.default.removeItem(atPath: path(directory, "documents"))
    }

    /// Where the manifest of what the last successful build wrote into `destination` (absolute) is kept.
    static func manifestPath(in directory: String, for destination: String) -> String {
        path(directory, "outputs/\(Fingerprint.of("output", destination).description).json")
    }

    private static func path(_ directory: String, _ name: String) -> String {
        (directory as NSString).appendingPathComponent(name)
    }
}
