import Foundation
import HubAnonymisation
import HubModel
import HubSite

/// `learning-hub import`: turns a Word, OpenDocument or PDF report into a hub document, a draft with
/// complete front matter as `new` writes it, its pictures (and, for a review from a PDF, the PDF itself
/// as the full report) under `assets/`, then checks the new file for identifiers at once.
///
/// It never replaces a file, and writes nothing for a file it cannot read.
public struct DocumentImporter: Sendable {
    public let contentDirectory: String
    public let kind: DocumentKind
    /// The hub's settings, for the front matter's example theme and committee and for the checks.
    public let config: HubConfig
    public let denylist: Denylist
    /// The `published` date written.
    public let date: CalendarDate

    public init(contentDirectory: String, kind: DocumentKind, config: HubConfig, denylist: Denylist = Denylist(names: []),
                date: CalendarDate = .today()) {
        self.contentDirectory = contentDirectory
        self.kind = kind
        self.config = config
        self.denylist = denylist
        self.date = date
    }

    /// The formats import reads, by file extension.
    public static let extensions = ["docx", "odt", "pdf"]

    /// Imports `file`; throws `ImportError` (nothing written) when it cannot be read or would replace a file.
    public func importFile(_ file: String) throws -> ImportResult {
        let format = (file as NSString).pathExtension.lowercased()
        guard Self.extensions.contains(format) else {
            throw ImportError(file: file, "import reads Word (.docx), OpenDocument (.odt) and PDF (.pdf) files, not '.\(format)'",
                              hint: "save the report as .docx or PDF first (a .doc from an old Word: open it and save as .docx)")
        }
        guard FileManager.default.isReadableFile(atPath: file) else {
            throw ImportError(file: file, "the file does not exist or cannot be read", hint: "check its name and folder")
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("learning-hub-import-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let converted = format == "pdf" ? try PDFConverter(file: file, scratch: scratch).convert()
            : try WordConverter(file: file, format: format, scratch: scratch).convert()
        let plan = ImportPlan(file: file, converted: converted, kind: kind, keepsReport: format == "pdf" && kind == .review)
        let scaffold = DocumentScaffold(kind: kind, title: plan.title, date: date, config: config,
                                        body: plan.body, reportAsset: plan.reportAsset)
        try ImportWriter(contentDirectory: contentDirectory, file: file).write(plan, text: scaffold.text, documentPath: plan.documentPath)
        let displayPath = (contentDirectory as NSString).appendingPathComponent(plan.documentPath)
        let diagnostics = DocumentFileCheck.diagnostics(of: scaffold.text, kind: kind, sourcePath: plan.documentPath,
                                                        displayPath: displayPath, config: config, denylist: denylist)
        return ImportResult(documentPath: displayPath, title: plan.title,
                            assetPaths: plan.assets.map { (contentDirectory as NSString).appendingPathComponent($0.path) },
                            diagnostics: diagnostics, missingSections: kind == .briefing ? BriefingSections.missing(in: plan.body) : [],
                            notes: converted.notes)
    }
}
