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

    /// Where the theme was read from.
    public let source: SiteThemeSource
    /// Files under `static/`, relative to it.
    public var staticFiles: [String] { staticSources.map { String($0.relativePath.dropFirst("static/".count)) } }
    private let staticSources: [SiteThemeSource.File]
    private let library: MustacheLibrary
    /// Changes whenever any template's text changes (static files are keyed by their own bytes).
    public let fingerprint: Fingerprint
    /// Whether a template holds `RootMarker`, which list entries shared across folder depths stand on.
    let mentionsRootMarker: Bool

    /// Loads the theme at `directory`, logging located errors for missing or malformed templates.
    public static func load(directory: String, log: inout DiagnosticLog) -> SiteTheme? {
        load(.folder(directory), log: &log)
    }

    /// Loads the theme from `source`, logging located errors for missing or malformed templates.
    public static func load(_ source: SiteThemeSource, log: inout DiagnosticLog) -> SiteTheme? {
        let (templateFiles, staticSources) = source.files()
        guard let templateFiles else {
            log.error(SourceLocation(path: (source.folder.map { ($0 as NSString).appendingPathComponent("templates") }) ?? "templates", line: 1, column: 1),
                      "the site theme has no templates folder",
                      hint: "pass --theme DIR with a site theme (e.g. one written by 'learning-hub theme copy DIR'), or leave --theme out for the built-in theme")
            return nil
        }
        var templates: [String: MustacheTemplate] = [:]
        HTMLTextEscaping.registered
        var hasher = StableHasher()
        var failed = false
        var mentionsRootMarker = false
        for file in templateFiles where file.relativePath.hasSuffix(".mustache") {
            let name = String((file.relativePath as NSString).lastPathComponent.dropLast(".mustache".count))
            guard let text = file.read().flatMap({ String(data: $0, encoding: .utf8) }) else {
                log.error(SourceLocation(path: file.displayPath, line: 1, column: 1), "the template cannot be read as UTF-8 text")
                failed = true
                continue
            }
            hasher.combine(name + ".mustache")
            hasher.combine(text)
            mentionsRootMarker = mentionsRootMarker || RootMarker.occurs(in: text)
            guard let template = parse(text, path: file.displayPath, log: &log) else {
                failed = true
                continue
            }
            templates[name] = template
        }
        let templatesFolder = source.folder.map { ($0 as NSString).appendingPathComponent("templates") } ?? "(built-in theme)/templates"
        for required in requiredTemplates where templates[required] == nil && !failed {
            log.error(SourceLocation(path: (templatesFolder as NSString).appendingPathComponent("\(required).mustache"), line: 1, column: 1),
                      "the site theme lacks the template '\(required).mustache'")
            failed = true
        }
        if failed { return nil }
        return SiteTheme(source: source, staticSources: staticSources, library: MustacheLibrary(templates: templates),
                         fingerprint: hasher.finalize(), mentionsRootMarker: mentionsRootMarker)
    }

    /// A template's text parsed, or nil after logging its syntax error.
    private static func parse(_ text: String, path: String, log: inout DiagnosticLog) -> MustacheTemplate? {
        do {
            // The pragma takes a line of its own, which Mustache drops from the output as a standalone tag.
            return try MustacheTemplate(string: HTMLTextEscaping.contentTypePragma + "\n" + text)
        } catch let error as MustacheTemplate.ParserError {
            log.error(SourceLocation(path: path, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber),
                      "template syntax error: \(error.error)", hint: "check that every {{#section}} has a matching {{/section}}")
        } catch {
            log.error(SourceLocation(path: path, line: 1, column: 1), "template error: \(error)")
        }
        return nil
    }

    /// Writes the theme's static files into the site's `static/` folder, scripts and style sheets
    /// without their comments and indentation (`StaticTextCompactor`).
    public func writeStaticFiles(into output: any SiteOutput) throws {
        for file in staticSources {
            guard let data = file.read() else {
                throw OutputError(path: file.displayPath, message: "the file cannot be read", hint: "check its permissions")
            }
            try output.write(file.relativePath, StaticTextCompactor.compact(data, relativePath: file.relativePath))
        }
    }

    /// Renders `view` with the named template.
    func render(_ view: Any, template: String) -> String? {
        library.render(view, withTemplate: template)
    }

    private init(source: SiteThemeSource, staticSources: [SiteThemeSource.File], library: MustacheLibrary, fingerprint: Fingerprint,
                 mentionsRootMarker: Bool) {
        self.mentionsRootMarker = mentionsRootMarker
        self.fingerprint = fingerprint
        self.source = source
        self.staticSources = staticSources
        self.library = library
    }
}
