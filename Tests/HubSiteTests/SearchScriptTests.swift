import Foundation
@testable import HubSearch
import Testing
import HubTestSupport

/// A hub opened from disk gets the search data from scripts: each holds sixteen term or summary files,
/// and must hand over exactly the JSON of each.
@Suite struct SearchScriptTests {
    @Test func eachScriptHandsOverItsFilesJSON() throws {
        var files = TestShire.standardFiles
        // 145 results: 19 summary files, so two summary scripts.
        for number in 1...140 {
            files["briefs/brief-\(number).md"] = TestShire.brief(title: "Brief \(number) on word\(number)", published: "2024-02-01",
                                                                 body: "## Finding\n\nText of brief \(number), with line\u{2028}separators.\n")
        }
        let hub = try FixtureHub.testShire(files)
        let report = hub.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        let snapshot = hub.snapshot()
        var checked: [String: Int] = [:]
        for kind in ["docs", "terms"] {
            let names = snapshot.keys.filter { $0.hasPrefix("search/index/\(kind)/") }
            #expect(!names.contains { !$0.hasSuffix(".json") }, "only JSON in \(kind)/: \(names.sorted())")
            let count = names.count
            for number in 0..<count {
                let json = try #require(snapshot["search/index/\(kind)/\(number).json"], "\(kind) \(number) of \(count)")
                let script = try #require(snapshot["search/index/scripts/\(kind)-\(number / SearchIndexWriter.filesPerScript).js"])
                let call = Data("LearningHubSearch.receive(\"\(kind)/\(number)\",".utf8) + SearchIndexWriter.escapeLineSeparators(json)
                    + Data(");\n".utf8)
                #expect(script.range(of: call) != nil, "\(kind)/\(number)")
            }
            let scripts = snapshot.keys.filter { $0.hasPrefix("search/index/scripts/\(kind)-") }
            #expect(scripts.count == (count + SearchIndexWriter.filesPerScript - 1) / SearchIndexWriter.filesPerScript)
            checked[kind] = count
        }
        #expect(checked["docs"] == 19)
        #expect(checked["terms", default: 0] >= 1)
    }
}
