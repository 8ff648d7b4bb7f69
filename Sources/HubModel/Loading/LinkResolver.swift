import HubSupport
import Foundation
import HubMarkdown

/// Rewrites links between documents from source paths (`../reviews/child-h.md`) to page URLs,
/// and links to `assets/` files to their copies, reporting links that lead nowhere.
struct LinkResolver: Sendable {
    /// A link target: where its page is and whether it will be on the site.
    struct Target: Sendable {
        let sitePath: String
        let state: PublicationState
        let included: Bool
    }

    let targets: [String: Target]
    let assetFiles: Set<String>

    init(targets: [String: Target], assetFiles: Set<String>) {
        self.targets = targets
        self.assetFiles = assetFiles
    }

    /// Links lead to `documents` (where they will be, and whether they will be on the site) and to
    /// `assetFiles`; a link to one of `unparsed` (files that failed to parse, whose errors have been
    /// reported) is taken as fine.
    init(documents: [ParsedDocument], unparsed: [SourceFile], assetFiles: Set<String>) {
        var targets: [String: Target] = [:]
        targets.reserveCapacity(documents.count + unparsed.count)
        for document in documents {
            targets[document.metadata.sourcePath] = Target(sitePath: document.metadata.sitePath, state: document.state,
                                                           included: document.isIncluded)
        }
        for file in unparsed {
            targets[file.relativePath] = Target(sitePath: file.relativePath, state: .published, included: true)
        }
        self.init(targets: targets, assetFiles: assetFiles)
    }

    /// A review's `report:`, if it names an asset that exists; reported if it names one that does not.
    func checkReport(of document: DocumentMetadata, log: inout DiagnosticLog) -> String? {
        guard let report = document.review?.reportAsset else { return nil }
        if assetFiles.contains(report) {
            guard let problem = UnpublishedAsset.problem(report) else { return report }
            log.error(document.location(of: "report"), problem.message, hint: problem.hint)
            return nil
        }
        if AssetPath.isSafe(report) {
            log.error(document.location(of: "report"), "the report '\(report)' does not exist",
                      hint: "add the PDF under assets/ or correct the path")
        }
        return nil
    }

    /// The rewritten destination, or nil to keep it; records problems and used assets.
    func resolve(_ link: MarkdownLink, in document: DocumentMetadata, log: inout DiagnosticLog,
                 assetsUsed: inout Set<String>) -> String? {
        let destination = link.destination
        if let scheme = Self.scheme(of: destination), Self.unsafeSchemes.contains(scheme) {
            log.error(SourceLocation(path: document.displayPath, line: link.line + document.bodyFirstLine - 1, column: link.column),
                      "unsafe link '\(destination.prefix(40))': \(scheme): links can run code or hide content in a reader's browser",
                      hint: "link to a web page (https://...), another document (../reviews/x.md) or a file under assets/")
            return ""
        }
        if destination.isEmpty || destination.hasPrefix("#") || destination.hasPrefix("//") || Self.hasScheme(destination) {
            return nil
        }
        let location = SourceLocation(path: document.displayPath, line: link.line + document.bodyFirstLine - 1,
                                      column: link.column)
        let (path, suffix) = Self.cutSuffix(destination)
        guard let resolved = Self.normalise(path, relativeTo: document.sourcePath) else {
            log.error(location, "link '\(destination)' points outside the hub folder",
                      hint: "link to another document by its path, e.g. ../reviews/child-a.md")
            return ""
        }
        let root = LinkPaths.rootPrefix(of: document.sitePath)
        if resolved.hasSuffix(".md") {
            guard let target = targets[resolved] else {
                log.error(location, "broken link: there is no document '\(resolved)'",
                          hint: NearestMatch.suggestion(for: resolved, among: Array(targets.keys)).map { "did you mean '\($0)'?" }
                            ?? "check the file name and folder (reviews/, briefs/, briefings/, pages/)")
                return ""
            }
            guard target.included else {
                log.error(location, "link to '\(resolved)', which is not published (\(Self.describe(target.state)))",
                          hint: "remove the link, or publish that document first")
                return ""
            }
            return root + target.sitePath + suffix
        }
        if resolved.hasPrefix("assets/") {
            guard AssetPath.isSafe(resolved) else {
                log.error(location, "asset path '\(resolved)' has characters that are not allowed",
                          hint: "use letters, digits, '-', '_' and '.' in asset file names")
                return ""
            }
            guard assetFiles.contains(resolved) else {
                log.error(location, "broken link: there is no file '\(resolved)'", hint: "add the file under assets/ or correct the path")
                return ""
            }
            if let problem = UnpublishedAsset.problem(resolved) {
                log.error(location, problem.message, hint: problem.hint)
                return ""
            }
            assetsUsed.insert(resolved)
            return root + resolved + suffix
        }
        log.warning(location, "link '\(destination)' is neither a hub document nor an asset, and will not be checked",
                    hint: "link to documents by their .md path and to files under assets/")
        return nil
    }

    /// A fingerprint of every answer `resolve` would look up for `links` of `document`: the pages
    /// and assets they lead to. While it stays the same, so does the rendering of the document.
    func fingerprint(of links: [MarkdownLink], in document: DocumentMetadata) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine(document.sitePath)
        hasher.combine(links.count)
        for link in links {
            hasher.combine(link.destination)
            let (path, _) = Self.cutSuffix(link.destination)
            guard !Self.hasScheme(link.destination), let resolved = Self.normalise(path, relativeTo: document.sourcePath) else {
                continue
            }
            if let target = targets[resolved] {
                hasher.combine(target.sitePath)
                hasher.combine(target.state)
                hasher.combine(target.included)
            } else {
                hasher.combine(assetFiles.contains(resolved))
            }
        }
        return hasher.finalize()
    }

    /// The path part of a local destination, percent-decoded, and the `#fragment` or `?query` after it.
    static func cutSuffix(_ destination: String) -> (path: String, suffix: String) {
        var path = destination
        var suffix = ""
        // Searched on the UTF-8 bytes: "#" and "?" are ASCII, so the cut falls between characters.
        if let cut = path.utf8.firstIndex(where: { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") }) {
            suffix = String(path[cut...])
            path = String(path[..<cut])
        }
        guard path.utf8.contains(UInt8(ascii: "%")) else { return (path, suffix) }
        return (path.removingPercentEncoding ?? path, suffix)
    }

    /// Schemes that can run script or smuggle content; cmark drops most of them too, but the author should know.
    static let unsafeSchemes: Set<String> = ["javascript", "vbscript", "data", "file"]

    /// The lower-cased scheme of a URL, ignoring the whitespace and control characters browsers ignore.
    static func scheme(of destination: String) -> String? {
        let cleaned = String(destination.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F })
        guard hasScheme(cleaned), let colon = cleaned.firstIndex(of: ":") else { return nil }
        return cleaned[..<colon].lowercased()
    }

    static func hasScheme(_ destination: String) -> Bool {
        // An ASCII letter, then ASCII letters, digits, "+", "-" or ".", up to the first ":".
        guard let colon = destination.utf8.firstIndex(of: UInt8(ascii: ":")) else { return false }
        let scheme = destination.utf8[..<colon]
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        guard let first = scheme.first, isLetter(first) else { return false }
        return scheme.allSatisfy { byte in
            isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
        }
    }

    /// Resolves `path` against the folder of `sourcePath` (or the hub root for `/...`), nil if it escapes the hub.
    static func normalise(_ path: String, relativeTo sourcePath: String) -> String? {
        var segments: [Substring] = path.hasPrefix("/") ? [] : sourcePath.split(separator: "/").dropLast()
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == "." { continue }
            if segment == ".." {
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            } else {
                segments.append(segment)
            }
        }
        return segments.isEmpty ? nil : segments.joined(separator: "/")
    }

    static func describe(_ state: PublicationState) -> String {
        switch state {
        case .draft: return "it is a draft"
        case .embargoed(let until): return "it is embargoed until \(until)"
        case .notAttested: return "it is not attested anonymised"
        case .published, .withdrawn: return "it is published"
        }
    }
}
