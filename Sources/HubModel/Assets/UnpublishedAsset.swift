/// Why a file under `assets/` that a published document links to is not published: its kind is not
/// one of `AssetType`'s. Office documents get a hint to publish a PDF instead.
enum UnpublishedAsset {
    /// Word processing, spreadsheet and presentation files: they can hold tracked changes, comments and names.
    static let officeExtensions: Set<String> = [
        "doc", "docx", "docm", "dot", "dotx", "odt", "ott", "rtf", "wpd", "pages",
        "xls", "xlsx", "xlsm", "xlsb", "ods", "numbers",
        "ppt", "pptx", "pptm", "pps", "ppsx", "odp", "key", "pub", "vsd", "vsdx",
    ]
    /// Files a browser runs or renders as a page of the site's own origin.
    static let activeExtensions: Set<String> = [
        "html", "htm", "xhtml", "xht", "shtml", "mht", "mhtml", "js", "mjs", "cjs", "css", "xml", "xsl", "xslt",
        "svgz", "swf", "wasm", "php", "jsp", "asp", "aspx", "cgi", "pl", "py", "sh", "exe", "bat", "cmd", "hta", "jar",
    ]

    /// The error and hint for the asset `path`, or nil if its kind is published.
    static func problem(_ path: String) -> (message: String, hint: String)? {
        guard AssetType(path: path) == nil else { return nil }
        let dot = path.lastIndex(of: ".")
        let ext = dot.map { path[path.index(after: $0)...].lowercased() } ?? ""
        if officeExtensions.contains(ext) {
            return ("'\(path)' is an office document (.\(ext)), which the site does not publish",
                    "publish a PDF instead: save it as PDF (in Word, File > Save as > PDF) after checking it, and link to the PDF; "
                        + "office files can carry tracked changes, comments and authors' names")
        }
        if activeExtensions.contains(ext) {
            return ("'\(path)' is a .\(ext) file, which could run script on the site, so it is not published",
                    "publish its content as a document of the hub or as a PDF; the site publishes \(AssetType.published) files")
        }
        let kind = ext.isEmpty ? "a file without an extension" : "a .\(ext) file"
        return ("'\(path)' is \(kind), which the site does not publish", "the site publishes \(AssetType.published) files")
    }
}
