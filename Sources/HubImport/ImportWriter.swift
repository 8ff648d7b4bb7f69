import Foundation

/// Writes an import's files under the content folder: all of them or none, never replacing a file.
struct ImportWriter {
    let contentDirectory: String
    /// The file being imported, as errors name it.
    let file: String

    func write(_ plan: ImportPlan, text: String, documentPath: String) throws {
        let targets = [documentPath] + plan.assets.map(\.path)
        for target in targets where FileManager.default.fileExists(atPath: full(target)) {
            throw ImportError(file: file, "\(full(target)) already exists and was left as it was, so nothing was imported",
                              hint: target == documentPath ? "edit that document, or remove it first to import again"
                                  : "move that file away, or remove it, to import again")
        }
        var written: [String] = []
        do {
            for asset in plan.assets {
                let data = try asset.data ?? Data(contentsOf: URL(fileURLWithPath: asset.copiedFrom ?? ""))
                try save(data, at: asset.path)
                written.append(asset.path)
            }
            try save(Data(text.utf8), at: documentPath)
        } catch let error as ImportError {
            written.forEach { try? FileManager.default.removeItem(atPath: full($0)) }
            throw error
        } catch {
            written.forEach { try? FileManager.default.removeItem(atPath: full($0)) }
            throw ImportError(file: file, "the imported document could not be written: \(error.localizedDescription)",
                              hint: "check the content folder's permissions and free space")
        }
    }

    private func full(_ relative: String) -> String {
        (contentDirectory as NSString).appendingPathComponent(relative)
    }

    private func save(_ data: Data, at relative: String) throws {
        let url = URL(fileURLWithPath: full(relative))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url, options: .withoutOverwriting)
    }
}
