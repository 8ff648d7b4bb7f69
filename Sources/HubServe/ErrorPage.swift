import HubModel
import HubRendering

/// The page every HTML request gets while the hub does not build: each diagnostic as
/// `path:line:col: error: message` with its hint, escaped, and the live-reload script so
/// that the page turns back into the site as soon as the error is fixed.
enum ErrorPage {
    /// A self-contained HTML page listing `diagnostics`.
    static func html(diagnostics: [Diagnostic], version: Int) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        var items = ""
        for diagnostic in diagnostics {
            let severity = diagnostic.severity.rawValue
            items += "<li class=\"\(severity)\"><code>\(HTMLTextEscaping.escape(diagnostic.location.description)): \(severity): \(HTMLTextEscaping.escape(diagnostic.message))</code>"
            if let hint = diagnostic.hint {
                items += "<br><span class=\"hint\">hint: \(HTMLTextEscaping.escape(hint))</span>"
            }
            items += "</li>\n"
        }
        if diagnostics.isEmpty {
            items = "<li class=\"error\"><code>the build failed without a diagnostic</code></li>\n"
        }
        return """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <title>Build failed – learning-hub preview</title>
            <style>
            body { font: 1rem/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1b1b1b; }
            h1 { color: #a4000f; }
            ol { padding-left: 1.5rem; }
            li { margin: 0 0 1rem; }
            code { font: 0.95rem/1.4 ui-monospace, monospace; white-space: pre-wrap; word-break: break-word; }
            li.error code { color: #a4000f; }
            li.warning code { color: #6b4a00; }
            .hint { color: #444; }
            </style>
            </head>
            <body>
            <main>
            <h1>The hub does not build</h1>
            <p>\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"). Fix them and save: this page reloads by itself when the hub builds again.</p>
            <ol>
            \(items)</ol>
            </main>
            \(LiveReload.scriptTag(version: version))
            </body>
            </html>

            """
    }

    /// The 404 page of the preview, for paths the site does not have.
    static func notFound(path: String, version: Int) -> String {
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Not found – learning-hub preview</title>
        </head>
        <body>
        <main>
        <h1>Not found</h1>
        <p>The preview has no page at <code>\(HTMLTextEscaping.escape(path))</code>. <a href="/">Go to the home page</a>.</p>
        </main>
        \(LiveReload.scriptTag(version: version))
        </body>
        </html>

        """
    }
}
