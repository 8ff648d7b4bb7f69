import ArgumentParser
import Foundation
import HubSite

/// `learning-hub init DIR`: a new, complete hub for a committee, which builds as it is.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a new hub for a committee in a new folder.",
        discussion: """
            Writes DIR/content/ (hub.yaml with the usual learning themes, reviews/, briefs/, briefings/, \
            assets/, an about page and an accessibility statement to complete), DIR/.gitignore and \
            DIR/README.md. Values not given as options are asked for on a terminal; with no terminal \
            (a script), plain defaults are written, to edit in hub.yaml. DIR must not exist or be empty.
            """
    )

    @Argument(help: "The new hub's folder.")
    var folder: String

    @Option(help: "The hub's title, e.g. \"North Shire Learning Hub\".")
    var title: String?

    @Option(help: "The committee that publishes it, e.g. \"North Shire Child Protection Committee\".")
    var committee: String?

    @Option(help: "The area it covers, e.g. \"North Shire\".")
    var area: String?

    @Option(name: .customLong("base-url"), help: "Where the site will be published, e.g. https://www.example.org/learning-hub/.")
    var baseURL: String?

    @Option(help: "The language of its pages, as a tag (default en-GB).")
    var language: String?

    func run() throws {
        if let refusal = HubStarter.refusal(for: folder) {
            throw CommandFailure.report("\(refusal), so no hub was started there", hint: "choose a new folder, e.g. learning-hub init my-hub")
        }
        let settings = askForSettings()
        if !settings.problems.isEmpty {
            throw CommandFailure.report(settings.problems.joined(separator: "; "), hint: "run learning-hub init again with other values")
        }
        do {
            try HubStarter(settings: settings).write(into: folder)
        } catch {
            throw CommandFailure.report("the hub could not be written to \(folder): \(error.localizedDescription)", hint: "check the folder's permissions")
        }
        print("Started \(settings.title) in \(folder)/: content/hub.yaml, content/pages/about.md, content/pages/accessibility.md, README.md.")
        print("Next:")
        print("  cd \(folder)")
        print("  learning-hub import report.docx --as review   (or: learning-hub new review \"Title\")")
        print("  learning-hub serve                            (preview, drafts included)")
        print("  learning-hub check && learning-hub build      (the site, in public/)")
        print("Complete content/pages/accessibility.md (its \"To complete\" notes) before publishing.")
    }

    /// The values given as options; the rest asked for on a terminal, or the defaults without one.
    private func askForSettings() -> HubSettings {
        let defaults = HubSettings.defaults
        let asking = isatty(STDIN_FILENO) == 1
        func value(_ given: String?, _ question: String, _ fallback: String) -> String {
            if let given { return given }
            guard asking else { return fallback }
            FileHandle.standardOutput.write(Data("\(question) [\(fallback)]: ".utf8))
            let answer = readLine()?.trimmingCharacters(in: .whitespaces) ?? ""
            return answer.isEmpty ? fallback : answer
        }
        let title = value(self.title, "Hub title", defaults.title)
        let committee = value(self.committee, "Committee name", defaults.committeeName)
        let area = value(self.area, "Area it covers", defaults.area)
        let baseURL = value(self.baseURL, "Web address it will be published at", defaults.baseURL)
        let language = value(self.language, "Language of its pages", defaults.language)
        return HubSettings(title: title, committeeName: committee, area: area, baseURL: baseURL, language: language)
    }
}
