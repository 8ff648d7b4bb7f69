import Foundation
import HubModel
import HubSite

/// Where an imported document and its files go, and what the document says.
struct ImportPlan {
    /// A file to write under the content folder: its path relative to it, and where its bytes come from.
    struct Asset {
        let path: String
        let data: Data?
        let copiedFrom: String?
    }

    let title: String
    let slug: String
    /// `reviews/<slug>.md` and so on.
    let documentPath: String
    let body: String
    let assets: [Asset]
    /// `assets/<slug>-full-report.pdf`, for a review imported from a PDF.
    let reportAsset: String?

    init(file: String, converted: ConvertedDocument, kind: DocumentKind, keepsReport: Bool) {
        let fileName = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        let fileTitle = fileName.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
        title = converted.title ?? fileTitle
        let slug = [DocumentScaffold.slug(for: title), DocumentScaffold.slug(for: fileTitle)].first { !$0.isEmpty } ?? "imported-document"
        self.slug = slug
        documentPath = "\(kind.folder)/\(slug).md"
        var body = converted.markdown
        var assets: [Asset] = []
        for image in converted.images {
            let path = "assets/\(slug)/\(image.fileName)"
            assets.append(Asset(path: path, data: Data(image.data), copiedFrom: nil))
            body = body.replacingOccurrences(of: ImportedImage.placeholder(image.number), with: "../" + path)
        }
        reportAsset = keepsReport ? "assets/\(slug)-full-report.pdf" : nil
        if let reportAsset { assets.append(Asset(path: reportAsset, data: nil, copiedFrom: file)) }
        self.body = body
        self.assets = assets
    }
}
