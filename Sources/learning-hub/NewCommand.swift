import ArgumentParser
import Foundation
import HubModel
import HubSite

/// `learning-hub new`: starts a review, learning brief or seven-minute briefing as a draft,
/// with every field it needs and a comment saying what to write in each.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new review, learning brief or seven-minute briefing as a draft.",
        discussion: """
            Writes <content>/<folder>/<slug>.md, the slug made from the title. The document starts as a \
            draft that is not yet attested anonymised. An existing file is never replaced.
            """
    )

    @Argument(help: "What to start: review, brief, briefing (a seven-minute briefing) or page.")
    var kind: DocumentKind

    @Argument(help: "Its title, in quotes; the file name is made from it.")
    var title: String

    @Option(name: .long, help: "The hub folder (hub.yaml, reviews/, briefs/, briefings/, pages/, assets/).")
    var content = "content"

    func validate() throws {
        if DocumentScaffold.slug(for: title).isEmpty {
            throw ValidationError("the title '\(title)' has no letters or digits to make a file name from")
        }
    }

    func run() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Self.failure("the content folder '\(content)' does not exist",
                      hint: "run from the folder that holds 'content/', or pass --content DIR")
        }
        let scaffold = DocumentScaffold(kind: kind, title: title, date: .today(), config: readConfig())
        let findings = scaffold.titleFindings
        var path = (content as NSString).appendingPathComponent(scaffold.relativePath)
        if !findings.isEmpty {
            // Documents of one day with neutral names are told apart by a number.
            var number = 2
            while FileManager.default.fileExists(atPath: path), number < 1000 {
                path = (content as NSString).appendingPathComponent("\(kind.folder)/\(scaffold.neutralSlug(number: number)).md")
                number += 1
            }
            let found = findings.map { "\($0.kind.label) \"\($0.matchedText)\"" }.joined(separator: ", ")
            FileHandle.standardError.write(Data("warning: the title holds what looks like \(found); the file is named \((path as NSString).lastPathComponent) so that the page's address does not carry it\n    hint: change the title before publishing: the build reports it until then\n".utf8))
        }
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try Data(scaffold.text.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        } catch {
            if FileManager.default.fileExists(atPath: path) {
                throw Self.failure("\(path) already exists and was left as it was",
                          hint: "edit that file, or choose another title for the new document")
            }
            throw Self.failure("\(path) could not be written: \(error.localizedDescription)", hint: "check the folder's permissions")
        }
        print("Wrote \(path): a draft \(kind.singularName.lowercased()).")
        print("Next:")
        for (number, step) in scaffold.nextSteps.enumerated() {
            print("  \(number + 1). \(step)")
        }
    }

    /// The hub's settings for the example theme and committee; without them the file is still written.
    private func readConfig() -> HubConfig? {
        let path = (content as NSString).appendingPathComponent("hub.yaml")
        guard let data = FileManager.default.contents(atPath: path) else {
            FileHandle.standardError.write(Data("\(path):1:1: warning: hub.yaml cannot be read; the new document names example themes\n".utf8))
            return nil
        }
        var log = DiagnosticLog()
        let config = HubConfigParser.parse(String(decoding: data, as: UTF8.self), path: path, log: &log)
        if config == nil {
            DiagnosticPrinter.print(log.sorted)
        }
        return config
    }

    /// Prints `error: message` and its hint to standard error; the command then exits with status 1.
    private static func failure(_ message: String, hint: String) -> ExitCode {
        FileHandle.standardError.write(Data("error: \(message)\n    hint: \(hint)\n".utf8))
        return .failure
    }
}
