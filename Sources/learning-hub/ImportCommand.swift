import ArgumentParser
import Foundation
import HubAnonymisation
import HubImport
import HubModel

/// `learning-hub import FILE...`: Word, OpenDocument and PDF reports turned into draft hub documents.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn Word (.docx), OpenDocument (.odt) or PDF reports into draft hub documents.",
        discussion: """
            Writes <content>/<folder>/<slug>.md for each file, the slug made from the document's title (its \
            Title paragraph or first heading): a draft, not attested anonymised, with every front-matter field \
            and a comment on each, as 'new' writes it. Word: tracked changes accepted, comments and document \
            properties dropped, pictures written under assets/ without their metadata. PDF: running headers, \
            footers and page numbers removed, paragraphs and headings recovered; with --as review the PDF is \
            kept as the full report. Then the new file is checked for anything that could identify someone. \
            An existing file is never replaced; a file that cannot be read writes nothing.
            """
    )

    @Argument(help: "The reports to import (.docx, .odt, .pdf).")
    var files: [String]

    @Option(name: .customLong("as"), help: "What each becomes: review, brief, briefing (a seven-minute briefing) or page.")
    var kind: DocumentKind = .review

    @Option(name: .long, help: "The hub folder (hub.yaml, reviews/, briefs/, briefings/, pages/, assets/).")
    var content = "content"

    @Option(name: .long, help: "A private list of real names (one a line) to look for in the new documents.")
    var denylist: String?

    func run() throws {
        let config = try readConfig()
        let names = try denylist.map { Denylist.parse(try String(contentsOfFile: $0, encoding: .utf8)) } ?? Denylist(names: [])
        let importer = DocumentImporter(contentDirectory: content, kind: kind, config: config, denylist: names)
        var failed = 0
        for file in files {
            do {
                report(try importer.importFile(file), from: file)
            } catch let error as ImportError {
                FileHandle.standardError.write(Data((error.description + "\n").utf8))
                failed += 1
            }
        }
        if failed > 0 {
            FileHandle.standardError.write(Data("import: \(failed) of \(files.count) file\(files.count == 1 ? "" : "s") could not be imported; nothing was written for \(failed == 1 ? "it" : "them")\n".utf8))
            throw ExitCode.failure
        }
    }

    private func report(_ result: ImportResult, from file: String) {
        print("Imported \(file) as \(result.documentPath): a draft \(kind.singularName.lowercased()), \"\(result.title)\".")
        for asset in result.assetPaths { print("  wrote \(asset)") }
        for note in result.notes { print("  note: \(note)") }
        if !result.missingSections.isEmpty {
            print("  a seven-minute briefing has seven '##' sections; this one lacks: \(result.missingSections.joined(separator: ", "))")
        }
        fflush(stdout)  // the findings, on standard error, come after the lines above in a log too
        DiagnosticPrinter.print(result.diagnostics)
        let findings = result.diagnostics.filter { $0.message.contains("could identify someone") }.count
        print(findings == 0 ? "  The identifier check found nothing; still read the text for anything that could identify someone."
              : "  The identifier check found \(findings) thing\(findings == 1 ? "" : "s") that could identify someone (listed above): anonymise them first.")
        print("  Then complete the front matter and replace its guidance, set 'anonymised: true', remove 'draft: true' and run `learning-hub check`.")
    }

    /// The hub's settings; import needs them for the front matter and the checks.
    private func readConfig() throws -> HubConfig {
        var log = DiagnosticLog()
        guard let config = HubFolder(path: content).readConfig(log: &log) else {
            DiagnosticPrinter.print(log.sorted)
            throw CommandFailure.report("the hub in '\(content)' cannot be read, so nothing was imported",
                                        hint: "run from the folder that holds 'content/' (learning-hub init makes one), or pass --content DIR")
        }
        return config
    }
}
