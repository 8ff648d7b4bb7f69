import Foundation
import Testing
import HubTestSupport

/// The search texts are one file per group of eight results, a gzip member per text, and each result
/// summary says where its text lies: what the client fetches with a range request must be that text.
@Suite struct SearchTextFileTests {
    /// Sixteen results (two groups): eleven briefs, a briefing, two reviews (one withdrawn) and two pages.
    static func hub() throws -> FixtureHub {
        var files = TestShire.standardFiles
        for number in 1...10 {
            files["briefs/brief-\(number).md"] = TestShire.brief(
                title: "Brief number \(number)", published: "2024-02-\(10 + number)",
                body: "## Finding \(number)\n\nWord\(number)word appears only here. " + String(repeating: "Padding text. ", count: number * 20) + "\n")
        }
        files["reviews/withdrawn.md"] = TestShire.review(title: "Withdrawn review",
                                                         extra: "retain_until: 2025-05-31", body: "## Findings\n\nWithdrawn words.\n")
        return try FixtureHub.testShire(files)
    }

    @Test func eachSummaryLocatesExactlyItsOwnText() throws {
        let hub = try Self.hub()
        let report = hub.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        let index = hub.output.appendingPathComponent("search/index")
        var checked = 0
        var withoutText: [String] = []
        for group in 0... {
            guard let json = hub.page("search/index/docs/\(group).json") else { break }
            let summaries = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
            let textFile = index.appendingPathComponent("text/\(group).txt.gz")
            let withText = summaries.filter { $0["text"] != nil }
            guard !withText.isEmpty else {
                #expect(!FileManager.default.fileExists(atPath: textFile.path), "a text file with no text in it")
                continue
            }
            let bytes = try Data(contentsOf: textFile)
            var end = 0
            for summary in summaries {
                let title = try #require(summary["title"] as? String)
                guard let place = summary["text"] as? [Int] else {
                    withoutText.append(title)
                    continue
                }
                #expect(place.count == 2)
                // The members follow one another and fill the file.
                #expect(place[0] == end, "\(title) starts at \(place[0]), not \(end)")
                end = place[0] + place[1]
                let member = bytes.subdata(in: place[0]..<end)
                #expect(member.starts(with: [0x1f, 0x8b]), "\(title) is not a gzip member")
                let text = try SystemGzip.decompress(member)
                #expect(text.hasPrefix(title + "\n\n"), "\(title): \(text.prefix(80))")
                if let number = title.split(separator: " ").last.flatMap({ Int($0) }) {
                    #expect(text.contains("Word\(number)word appears only here"), "\(title)")
                    #expect(!text.contains("Word\(number + 1)word"), "\(title) runs into the next text")
                }
                checked += 1
            }
            #expect(end == bytes.count, "group \(group): members end at \(end) of \(bytes.count) bytes")
        }
        #expect(checked == 15, "eleven briefs, a briefing, a review and two pages")
        #expect(withoutText == ["Withdrawn review"])
    }

    @Test func anEditedBodyChangesItsGroupsTextAndPlacesAlike() throws {
        let hub = try Self.hub()
        #expect(hub.build().succeeded)
        let before = hub.snapshot()
        try hub.write("briefs/brief-3.md", TestShire.brief(title: "Brief number 3", published: "2024-02-13",
                                                             body: "## Finding 3\n\nWord3word appears only here, and now at much greater length. "
                                                                 + String(repeating: "More words. ", count: 200) + "\n"))
        #expect(hub.build().succeeded)
        let after = hub.snapshot()
        let changed = Set(after.keys.filter { $0.hasPrefix("search/index/") && after[$0] != before[$0] })
        // The edited brief's group: its texts and its summaries (whose places moved), with the script that holds
        // those summaries; and the term shards and the correction dictionary, which hold the new words.
        let termFiles = ["search/index/terms/", "search/index/scripts/terms-", "search/index/words."]
        let groupFiles = changed.filter { file in !termFiles.contains { file.hasPrefix($0) } }
        #expect(groupFiles.count == 3, "\(changed.sorted())")
        let text = try #require(groupFiles.first { $0.hasSuffix(".txt.gz") })
        let group = text.dropFirst("search/index/text/".count).dropLast(".txt.gz".count)
        #expect(groupFiles == ["search/index/text/\(group).txt.gz", "search/index/docs/\(group).json", "search/index/scripts/docs-0.js"])
    }
}
