import HubSupport
import Foundation
@testable import HubSearch
import Testing

/// Records and summaries written by hand must be the bytes JSONEncoder would write for them.
@Suite struct CompactJSONTests {
    static let tricky = ["", "plain", "q\"t", "back\\slash", "sl/ash", "nl\nx\r\t\u{8}\u{c}", "ctl\u{1}x\u{1f}", "\u{7f}del",
                         "a\u{2028}b\u{2029}", "naïve", "ﬁ", "😀", "é"]

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    @Test func summariesMatchJSONEncoder() throws {
        let summaries = Self.tricky.indices.map { index in
            SearchDocumentSummary(
                url: Self.tricky[index], title: Self.tricky[(index + 1) % Self.tricky.count], type: "review",
                summary: Self.tricky[(index + 2) % Self.tricky.count],
                published: index % 3 == 0 ? nil : Self.tricky[(index + 3) % Self.tricky.count],
                themes: Array(Self.tricky.prefix(index % 4)), text: index % 2 == 0 ? [index * 977, 40 + index] : nil)
        }
        var json = CompactJSON()
        json.beginArray()
        for summary in summaries { summary.write(to: &json) }
        json.endArray()
        let expected = try Self.encoder().encode(summaries)
        #expect(json.data == expected, "\(String(decoding: json.data, as: UTF8.self))\n\(String(decoding: expected, as: UTF8.self))")
    }

    @Test func recordsMatchJSONEncoder() throws {
        // Records are made from documents; decoding them from JSON reaches every field, present or absent.
        var objects: [[String: Any]] = []
        for (index, text) in Self.tricky.enumerated() {
            var object: [String: Any] = ["url": text, "title": Self.tricky[(index + 1) % Self.tricky.count], "type": "brief",
                                         "summary": Self.tricky[(index + 2) % Self.tricky.count],
                                         "themes": Array(Self.tricky.prefix(index % 3))]
            if index % 2 == 0 { object["committee"] = Self.tricky[(index + 3) % Self.tricky.count] }
            if index % 3 == 0 { object["review_type"] = "csrp" }
            if index % 4 != 0 { object["published"] = "2024-0\(index % 9 + 1)-01" }
            objects.append(object)
        }
        let records = try JSONDecoder().decode([SearchDocumentRecord].self, from: JSONSerialization.data(withJSONObject: objects))
        var json = CompactJSON()
        json.beginArray()
        for record in records { record.write(to: &json) }
        json.endArray()
        let expected = try Self.encoder().encode(records)
        #expect(json.data == expected, "\(String(decoding: json.data, as: UTF8.self))\n\(String(decoding: expected, as: UTF8.self))")
    }

    @Test func emptyArraysAndObjects() throws {
        var json = CompactJSON()
        json.beginArray()
        json.beginObject()
        json.endObject()
        json.strings([])
        json.endArray()
        #expect(String(decoding: json.data, as: UTF8.self) == "[{},[]]")
    }
}
