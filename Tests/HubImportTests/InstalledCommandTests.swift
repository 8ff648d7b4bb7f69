import Foundation
import HubTestSupport
import Testing

/// The session of a new lead officer, with the command installed into a folder of its own and run
/// in a temporary folder outside the repository (no `themes/` anywhere near): init, import, check,
/// build.
@Suite(.serialized)
struct InstalledCommandTests {
    /// A folder holding only the installed command, and the `PATH` that finds it (and the system's programs).
    static func install() throws -> (folder: String, path: String) {
        let executable = try #require(CommandRunner.learningHub, "the learning-hub executable is not built")
        let folder = try ScratchFolder.make("installed")
        try FileManager.default.createDirectory(atPath: folder + "/bin", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: executable.path, toPath: folder + "/bin/learning-hub")
        return (folder, folder + "/bin:/usr/local/bin:/usr/bin:/bin")
    }

    @Test(.enabled(if: CommandRunner.learningHub != nil), .timeLimit(.minutes(2)))
    func aNewHubStartsImportsChecksAndBuildsAnywhere() throws {
        let (folder, path) = try Self.install()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let command = folder + "/bin/learning-hub"
        let work = folder + "/work"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let docx = try WordFixture.make(in: work)

        let started = try CommandRunner.run(command, ["init", "my-hub"], in: work, path: path)
        #expect(started.status == 0, "\(started.errors)")
        #expect(started.output.contains("Started Learning from case reviews in my-hub/"))
        let hub = work + "/my-hub"
        let built = try CommandRunner.run(command, ["build"], in: hub, path: path)
        #expect(built.status == 0 && built.errors.isEmpty, "\(built.errors)")
        #expect(built.output.hasPrefix("built 2 documents into public/"))

        let imported = try CommandRunner.run(command, ["import", docx, "--as", "review"], in: hub, path: path)
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.output.contains("Imported \(docx) as content/reviews/learning-review-of-child-w.md"))
        #expect(imported.errors.contains("content/reviews/learning-review-of-child-w.md:") && imported.errors.contains("jo.bloggs@example.com"))

        let checked = try CommandRunner.run(command, ["check"], in: hub, path: path)
        #expect(checked.status == 0, "\(checked.errors)")
        #expect(checked.output.contains("check passed: 2 documents to publish and 1 draft"))

        // Published as it is, the import is stopped by its guidance, its attestation and its email address, all at once.
        let review = hub + "/content/reviews/learning-review-of-child-w.md"
        let text = try String(contentsOfFile: review, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "draft: true\n", with: "").utf8).write(to: URL(fileURLWithPath: review))
        let failed = try CommandRunner.run(command, ["build", "--output", "site"], in: hub, path: path)
        #expect(failed.status == 1)
        for problem in ["summary is still the guidance", "not attested as anonymised", "jo.bloggs@example.com"] {
            #expect(failed.errors.contains(problem), "\(problem) not reported:\n\(failed.errors)")
        }
        #expect(failed.errors.contains("nothing was written (there is no site/ yet)"))
        #expect(!FileManager.default.fileExists(atPath: hub + "/site"))
        #expect(!FileManager.default.fileExists(atPath: hub + "/themes") && !FileManager.default.fileExists(atPath: work + "/themes"))
    }

    @Test(.enabled(if: CommandRunner.learningHub != nil), .timeLimit(.minutes(1)))
    func initTakesItsValuesFromOptionsOrATerminalAndRefusesAFolderInUse() throws {
        let (folder, path) = try Self.install()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let command = folder + "/bin/learning-hub"
        let given = try CommandRunner.run(command, ["init", "hub", "--title", "Eastshire Learning Hub", "--committee", "Eastshire Child Protection Committee",
                                                    "--area", "Eastshire", "--base-url", "https://learning.example.org/"], in: folder, path: path)
        #expect(given.status == 0, "\(given.errors)")
        let yaml = try String(contentsOfFile: folder + "/hub/content/hub.yaml", encoding: .utf8)
        #expect(yaml.contains("title: \"Eastshire Learning Hub\"") && yaml.contains("id: eastshire-child-protection-committee"))
        #expect(yaml.contains("base_url: \"https://learning.example.org/\""))

        let again = try CommandRunner.run(command, ["init", "hub"], in: folder, path: path)
        #expect(again.status == 1 && again.errors.contains("hub is not empty"), "\(again.errors)")
        let bad = try CommandRunner.run(command, ["init", "other", "--base-url", "learning.example.org"], in: folder, path: path)
        #expect(bad.status == 1 && bad.errors.contains("must be an absolute http(s) address"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/other"))

        // On a terminal (`script` gives the command one), it asks; an empty answer keeps the value in brackets.
        let script = try WordFixture.need("script")
        let asked = try CommandRunner.run(script, ["-q", "-c", "\(command) init asked", "/dev/null"], in: folder, path: path,
                                          input: "Tershire Hub\nTershire CPC\n\nhttps://t.example.org/\n\n")
        #expect(asked.output.contains("Hub title [Learning from case reviews]: "), "\(asked.output)")
        let answered = try String(contentsOfFile: folder + "/asked/content/hub.yaml", encoding: .utf8)
        #expect(answered.contains("title: \"Tershire Hub\"") && answered.contains("name: \"Tershire CPC\"") && answered.contains("area: \"Our area\""))
        #expect(answered.contains("base_url: \"https://t.example.org/\"") && answered.contains("language: \"en-GB\""))

        let copied = try CommandRunner.run(command, ["theme", "copy", "my-theme"], in: folder + "/hub", path: path)
        #expect(copied.status == 0)
        let rebuilt = try CommandRunner.run(command, ["build", "--theme", "my-theme"], in: folder + "/hub", path: path)
        #expect(rebuilt.status == 0, "\(rebuilt.errors)")
    }
}
