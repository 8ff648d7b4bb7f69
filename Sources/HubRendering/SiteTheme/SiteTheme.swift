import HubSupport
import Foundation
import HubModel
import Mustache

/// A site theme: Mustache templates (HTML-escaped by default) and static files (CSS, JS, images).
///
/// Layout on disk: `templates/*.mustache` and `static/**`, which is copied to the site's `static/`.
/// Not to be confused with a `LearningTheme`.
public struct SiteTheme: Sendable {
    /// The templates every site theme must provide, one per page type.
    public static var requiredTemplates: [String] { SitePages.templates }

    public let directory: String
    /// Files under `static/`, relative to it.
    public let staticFiles: [String]
    private let library: MustacheLibrary
    /// Changes whenever any template's text changes (static files are keyed by their own bytes).
    public let fingerprint: Fingerprint
    /// Whether a template holds `RootMarker`, which list entries shared across folder depths stand on.
    let mentionsRootMarker: Bool

    /// Loads the theme at `directory`, logging located errors for missing or malformed templates.
    public static func load(directory: String, log: inout DiagnosticLog) -> SiteTheme? {
        let templatesFolder = (directory as NSString).appendingPathComponent("templates")
        let fileManager = FileManager.default
        guard let names = try? fileManager.contentsOfDirectory(atPath: templatesFolder) else {
            log.error(SourceLocation(path: templatesFolder, line: 1, column: 1), "the site theme has no templates folder",
                      hint: "pass --theme DIR with a site theme (e.g. themes/default)")
            return nil
        }
        var templates: [String: MustacheTemplate] = [:]
        HTMLTextEscaping.registered
        var hasher = StableHasher()
        var failed = false
        var mentionsRootMarker = false
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let path = (templatesFolder as NSString).appendingPathComponent(name)
            guard let text = fileManager.contents(atPath: path).flatMap({ String(data: $0, encoding: .utf8) }) else {
                log.error(SourceLocation(path: path, line: 1, column: 1), "the template cannot be read as UTF-8 text")
                failed = true
                continue
            }
            hasher.combine(name)
            hasher.combine(text)
            mentionsRootMarker = mentionsRootMarker || RootMarker.occurs(in: text)
            do {
                // The pragma takes a line of its own, which Mustache drops from the output as a standalone tag.
                let source = HTMLTextEscaping.contentTypePragma + "\n" + text
                templates[String(name.dropLast(".mustache".count))] = try MustacheTemplate(string: source)
            } catch let error as MustacheTemplate.ParserError {
                log.error(SourceLocation(path: path, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber),
                          "template syntax error: \(error.error)", hint: "check that every {{#section}} has a matching {{/section}}")
                failed = true
            } catch {
                log.error(SourceLocation(path: path, line: 1, column: 1), "template error: \(error)")
                failed = true
            }
        }
        for required in requiredTemplates where templates[required] == nil && !failed {
            log.error(SourceLocation(path: (templatesFolder as NSString).appendingPathComponent("\(required).mustache"), line: 1, column: 1),
                      "the site theme lacks the template '\(required).mustache'")
            failed = true
        }
        if failed { return nil }
        return SiteTheme(directory: directory, staticFiles: listStaticFiles(directory), library: MustacheLibrary(templates: templates),
                         fingerprint: hasher.finalize(), mentionsRootMarker: mentionsRootMarker)
    }

    /// Renders `view` with the named template.
    func render(_ view: Any, template: String) -> String? {
        library.render(view, withTemplate: template)
    }

    private static func listStaticFiles(_ directory: String) -> [String] {
        let root = (directory as NSString).appendingPathComponent("static")
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = (root as NSString).appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
               !(relative as NSString).lastPathComponent.hasPrefix(".") {
                files.append(relative)
            }
        }
        return files.sorted()
    }

    private init(directory: String, staticFiles: [String], library: MustacheLibrary, fingerprint: Fingerprint,
                 mentionsRootMarker: Bool) {
        self.mentionsRootMarker = mentionsRootMarker
        self.fingerprint = fingerprint
        self.directory = directory
        self.staticFiles = staticFiles
        self.library = library
    }
}
