import Foundation
import HubModel
import HubSite
import HubTestSupport
import Testing

/// `learning-hub init`: a new hub that builds as it is, with the built-in theme.
struct HubStarterTests {
    static let settings = HubSettings(title: "Westshire Learning Hub", committeeName: "Westshire Safeguarding Children Partnership",
                                      area: "Westshire", baseURL: "https://www.example.org/learning", language: "en-GB")

    @Test func aNewHubBuildsWithNoErrorOrWarningAndNoThemeFolder() throws {
        let folder = try ScratchFolder.make("init") + "/my-hub"
        defer { try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent) }
        try HubStarter(settings: Self.settings).write(into: folder)
        #expect(!FileManager.default.fileExists(atPath: folder + "/themes"))
        let report = SiteBuilder(options: BuildOptions(contentDirectory: folder + "/content", outputDirectory: folder + "/public")).build()
        #expect(report.succeeded && report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(report.documentCount == 2)
        let about = try String(contentsOfFile: folder + "/public/about/index.html", encoding: .utf8)
        #expect(about.contains("Westshire Safeguarding Children Partnership"))
        #expect(FileManager.default.fileExists(atPath: folder + "/public/accessibility/index.html"))
        #expect(FileManager.default.fileExists(atPath: folder + "/public/static/style.css"))

        var log = DiagnosticLog()
        let config = try #require(HubFolder(path: folder + "/content").readConfig(log: &log))
        #expect(config.title == "Westshire Learning Hub" && config.baseURL == "https://www.example.org/learning/" && config.language == "en-GB")
        #expect(config.committees.map(\.id) == ["westshire-safeguarding-children-partnership"])
        #expect(config.committees.first?.area == "Westshire")
        #expect(config.learningThemes.count == 12 && config.learningThemes.allSatisfy { !$0.description.isEmpty })
        for subfolder in HubStarter.documentFolders {
            #expect(FileManager.default.fileExists(atPath: folder + "/" + subfolder + "/.gitkeep"))
        }
        let ignored = try String(contentsOfFile: folder + "/.gitignore", encoding: .utf8)
        #expect(ignored.contains("public/\n") && ignored.contains(".hub-cache/\n"))
        let readme = try String(contentsOfFile: folder + "/README.md", encoding: .utf8)
        for command in ["learning-hub new", "learning-hub import", "learning-hub serve", "learning-hub check", "learning-hub build"] {
            #expect(readme.contains(command))
        }
    }

    @Test func theAccessibilityStatementHasTheSectionsTheRegulationsRequire() throws {
        let statement = try #require(HubStarter(settings: .defaults).files.first { $0.path == "content/pages/accessibility.md" }?.text)
        for section in ["## How accessible this website is", "## Feedback and contact information",
                        "## Reporting accessibility problems with this website", "## Enforcement procedure",
                        "## Technical information about this website's accessibility", "## Non-accessible content",
                        "## What we're doing to improve accessibility", "## Preparation of this accessibility statement"] {
            #expect(statement.contains("\n\(section)\n"), "\(section) is missing")
        }
        #expect(statement.components(separatedBy: "**To complete:**").count - 1 >= 7)
        #expect(statement.contains("Equality and Human Rights Commission"))
    }

    @Test func aFolderInUseIsRefusedAndBadValuesAreNamed() throws {
        let folder = try ScratchFolder.make("init-used")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("mine".utf8).write(to: URL(fileURLWithPath: folder + "/notes.txt"))
        #expect(HubStarter.refusal(for: folder)?.contains("not empty") == true)
        #expect(throws: CocoaError.self) { try HubStarter(settings: .defaults).write(into: folder) }
        #expect(try String(contentsOfFile: folder + "/notes.txt", encoding: .utf8) == "mine")
        #expect(HubStarter.refusal(for: folder + "/new") == nil)
        var bad = HubSettings.defaults
        bad.baseURL = "www.example.org"
        bad.title = " "
        #expect(bad.problems.count == 2)
        #expect(HubSettings.defaults.problems.isEmpty)
    }
}
