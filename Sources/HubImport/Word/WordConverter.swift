import Foundation

/// Turns a Word (`.docx`) or OpenDocument (`.odt`) text into Markdown with pandoc: headings, lists,
/// tables, footnotes, links and pictures kept; tracked changes accepted (deleted text never appears);
/// comments, headers, footers and document properties (author, last modified by, keywords) dropped.
/// Pictures are stripped of their metadata; those in formats browsers cannot show are left out, with a note.
struct WordConverter {
    let file: String
    /// `docx` or `odt`, as pandoc names the format.
    let format: String
    /// A folder of its own for pandoc's files, removed by the caller.
    let scratch: String

    func convert() throws -> ConvertedDocument {
        let filter = scratch + "/import.lua"
        let titleFile = scratch + "/title.txt"
        let media = scratch + "/media"
        try Data(PandocFilter.lua.utf8).write(to: URL(fileURLWithPath: filter))
        var arguments = ["--from", format, "--to", "gfm-raw_html", "--wrap=none", "--lua-filter=" + filter,
                         "--extract-media=" + media]
        if format == "docx" { arguments.append("--track-changes=accept") }
        let output = try ExternalTool.pandoc.run(arguments + [file], scratch: scratch,
                                                 environment: ["LEARNING_HUB_TITLE_FILE": titleFile], for: file)
        guard output.status == 0 else { throw failure(output.standardError) }
        let title = (try? String(contentsOfFile: titleFile, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
        var document = ConvertedDocument(title: title?.isEmpty == false ? title : nil,
                                         markdown: String(decoding: output.standardOutput, as: UTF8.self), images: [], notes: [])
        PictureCollector(mediaFolder: media).collect(into: &document)
        return document
    }

    /// The error for pandoc's complaint: a damaged or protected file, named plainly.
    private func failure(_ complaint: String) -> ImportError {
        let detail = complaint.split(separator: "\n").first.map(String.init) ?? "pandoc could not read it"
        if complaint.contains("encrypt") || complaint.contains("password") {
            return ImportError(file: file, "the document is password-protected, so it cannot be read",
                               hint: "open it in Word or LibreOffice, remove the password, save a copy and import that")
        }
        return ImportError(file: file, "the document cannot be read as a \(format == "docx" ? "Word (.docx)" : "OpenDocument (.odt)") file: \(detail)",
                           hint: "check that it opens in Word or LibreOffice; if it does, save it again as .docx and import the copy")
    }
}
