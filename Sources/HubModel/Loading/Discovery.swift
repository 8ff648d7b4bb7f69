import Foundation
import HubSupport

/// The discover step: the Markdown files of each document folder, and the files under `assets/`.
struct Discovery: Sendable {
    let folder: HubFolder

    /// The Markdown files of each document folder, sorted; other files are reported and skipped. A
    /// document or a document folder that is a link (symbolic link) to somewhere outside the hub is
    /// reported and left out, as an asset is: it would publish a file the hub does not hold.
    func documentFiles(log: inout DiagnosticLog) -> [SourceFile] {
        var files: [SourceFile] = []
        let hubRoot = RealPath.resolve(folder.path)
        for kind in DocumentKind.allCases {
            let kindFolder = folder.fullPath(kind.folder)
            if FileStatus.isLink(kindFolder), !RealPath.isWithin(kindFolder, hubRoot) {
                log.error(SourceLocation(path: folder.displayPath(kind.folder), line: 1, column: 1),
                          "the folder \(kind.folder)/ is a link to a folder outside the hub, so its documents are not published",
                          hint: "make \(kind.folder)/ a folder of the hub and move the documents themselves into it")
                continue
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: kindFolder)) ?? []
            let types = DirectoryEntryTypes(folder: kindFolder)
            for name in names.sorted() where !name.hasPrefix(".") {
                let relative = "\(kind.folder)/\(name)"
                let location = SourceLocation(path: folder.displayPath(relative), line: 1, column: 1)
                if types.isLink(name, path: folder.fullPath(relative)), !RealPath.isWithin(folder.fullPath(relative), hubRoot) {
                    log.error(location, "this document is a link to a file outside the hub, so it is not published",
                              hint: "copy the file itself into \(kind.folder)/")
                } else if types.isDirectory(name, path: folder.fullPath(relative)) {
                    log.warning(location, "the folder '\(name)' is not read: documents must be directly in \(kind.folder)/",
                                hint: "move its documents up into \(kind.folder)/")
                } else if name.hasSuffix(".md") {
                    files.append(SourceFile(kind: kind, relativePath: relative, in: folder))
                } else {
                    log.warning(location, "'\(name)' is not a Markdown file and is ignored",
                                hint: "documents end in .md; put PDFs and images under assets/")
                }
            }
        }
        return files
    }

    /// Every regular file under `assets/`, relative to the content folder. A link (symbolic link)
    /// that leads outside `assets/` is reported and left out, so it cannot publish another file.
    func assetFiles(log: inout DiagnosticLog) -> Set<String> {
        let root = folder.fullPath("assets")
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        let realRoot = URL(fileURLWithPath: root).resolvingSymlinksInPath().path + "/"
        var files: Set<String> = []
        while let relative = enumerator.nextObject() as? String {
            let path = (root as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            guard URL(fileURLWithPath: path).resolvingSymlinksInPath().path.hasPrefix(realRoot) else {
                log.error(SourceLocation(path: folder.displayPath("assets/" + relative), line: 1, column: 1),
                          "this asset is a link to a file outside assets/, so it is not published",
                          hint: "copy the file itself into assets/")
                continue
            }
            files.insert("assets/" + relative)
        }
        return files
    }
}
