import HubSupport

/// The check of the files under `assets/` that published documents link to, made while loading so
/// that `check` reports it and nothing is written after a failure: each file is read and made into
/// its published form (`PublishedAsset`). A file that cannot be (damaged, not what its name says,
/// holding what cannot be removed safely) is an error at the file, at its line in an SVG; what was
/// taken out of an SVG is a warning. A file of a kind the site does not publish is reported at each
/// link to it (`UnpublishedAsset`, by `LinkResolver`).
///
/// A scan of what a type of file holds (the text of a PDF, say) goes in `scan(_:type:bytes:location:log:)`.
struct AssetCheck: Sendable {
    let folder: HubFolder

    /// The diagnostics of every asset of `assets` (paths relative to the content folder), in order of path.
    func check(_ assets: [String]) -> DiagnosticLog {
        var log = DiagnosticLog()
        for found in Parallel.map(assets.sorted(), { check($0) }) { log.append(contentsOf: found.diagnostics) }
        return log
    }

    private func check(_ asset: String) -> DiagnosticLog {
        var log = DiagnosticLog()
        guard let type = AssetType(path: asset) else { return log }
        let location = SourceLocation(path: folder.displayPath(asset), line: 1, column: 1)
        guard let bytes = PlainFile.read(folder.fullPath(asset)) else {
            log.error(location, "the file cannot be read", hint: "check its permissions")
            return log
        }
        do {
            let published = try PublishedAsset.make(type, from: bytes)
            if !published.removed.isEmpty {
                let shown = published.removed.prefix(6).joined(separator: ", ")
                let more = published.removed.count > 6 ? " and \(published.removed.count - 6) more" : ""
                log.warning(location, "removed from the published copy, as it could run script or fetch from elsewhere: \(shown)\(more)",
                            hint: "take them out of the file itself, or export the drawing again as plain SVG")
            }
        } catch {
            log.error(SourceLocation(path: location.path, line: error.line, column: error.column), error.message, hint: error.hint)
        }
        scan(asset, type: type, bytes: bytes, location: location, log: &log)
        return log
    }

    /// Checks of what a file of `type` holds, beyond its form: none yet.
    private func scan(_ asset: String, type: AssetType, bytes: [UInt8], location: SourceLocation, log: inout DiagnosticLog) {}
}
