import Foundation
import HubModel
import HubSupport

/// The data `tracker.js` filters the recommendations tracker with across all its pages, and renders
/// the rows that match from, a slice at a time, so that a filter change never loads every row.
///
/// Each file is a script, `LearningHubTracker.receive(name, json)`, which a page loads with a
/// `<script>` element: that works from a web server and from disk (`file://`, where browsers block
/// `fetch`) alike.
///
/// - `filters.js`: what the filters need, for every row, in a few characters: `statuses` and `themes`
///   (ids, in order), `rows` (one character a row, in tracker order: the status's position times two,
///   plus one when overdue), `reviewRows` (how many rows each review has, in order) and `reviewThemes`
///   (`themeChars` characters a review: its themes as bits, six to a character), each character an
///   index into the alphabet `0-9A-Za-z-_`; `total` rows, in files of `chunk`.
/// - `rows-<n>.js`: rows `chunk × n` to `chunk × (n + 1) - 1`, each `[review path, review title, id,
///   text, target, category, owner, due (ISO), due (long), status id, status, overdue (0 or 1), themes]`.
struct TrackerData: Sendable {
    let hub: Hub
    /// Rows a file: a filtered page of fifty rows seldom needs more than a few files.
    static let chunk = 100
    static let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_".utf8)

    func files() -> [SiteFile] {
        let entries = RecommendationTracker.entries(in: hub)
        var files = [SiteFile(path: SitePaths.trackerData + "filters.js", data: script("filters", filters(entries)))]
        for (number, start) in stride(from: 0, to: entries.count, by: Self.chunk).enumerated() {
            let rows = entries[start..<min(start + Self.chunk, entries.count)]
            files.append(SiteFile(path: SitePaths.trackerData + "rows-\(number).js", data: script("rows-\(number)", self.rows(rows))))
        }
        return files
    }

    private func filters(_ entries: [TrackedRecommendation]) -> [UInt8] {
        let themes = hub.config.learningThemes.map(\.id)
        let bit = Dictionary(uniqueKeysWithValues: themes.enumerated().map { ($1, $0) })
        let themeChars = max(1, (themes.count + 5) / 6)
        var rows: [UInt8] = [], reviewRows: [Int] = [], reviewThemes: [UInt8] = []
        for (offset, entry) in entries.enumerated() {
            let status = RecommendationStatus.allCases.firstIndex(of: entry.recommendation.status) ?? 0
            rows.append(Self.alphabet[status * 2 + (entry.isOverdue ? 1 : 0)])
            if offset == 0 || entry.reviewIndex != entries[offset - 1].reviewIndex {
                reviewRows.append(0)
                var mask = [Int](repeating: 0, count: themeChars)
                for id in hub.documents[entry.reviewIndex].learningThemeIDs {
                    if let position = bit[id] { mask[position / 6] |= 1 << (position % 6) }
                }
                reviewThemes += mask.map { Self.alphabet[$0] }
            }
            reviewRows[reviewRows.count - 1] += 1
        }
        var json = CompactJSON(capacity: rows.count * 2 + 256)
        json.beginObject()
        json.member("chunk", Self.chunk)
        json.key("reviewRows")
        json.beginArray()
        for count in reviewRows { json.int(count) }
        json.endArray()
        json.member("reviewThemes", String(decoding: reviewThemes, as: UTF8.self))
        json.member("rows", String(decoding: rows, as: UTF8.self))
        json.member("statuses", RecommendationStatus.allCases.map(\.rawValue))
        json.member("themeChars", themeChars)
        json.member("themes", themes)
        json.member("total", entries.count)
        json.endObject()
        return json.bytes
    }

    private func rows(_ entries: ArraySlice<TrackedRecommendation>) -> [UInt8] {
        var json = CompactJSON(capacity: entries.count * 320)
        json.beginArray()
        for entry in entries {
            let review = hub.documents[entry.reviewIndex]
            let item = entry.recommendation
            json.beginArray()
            json.string(review.sitePath)
            json.string(review.title)
            json.string(item.id)
            json.string(item.text)
            json.string(item.target.displayName)
            json.string(item.category.displayName)
            json.string(item.owner)
            json.string(item.due?.description)
            json.string(item.due?.longForm)
            json.string(item.status.rawValue)
            json.string(item.status.displayName)
            json.int(entry.isOverdue ? 1 : 0)
            json.string(review.learningThemeIDs.compactMap { hub.config.learningTheme($0)?.title }.joined(separator: ", "))
            json.endArray()
        }
        json.endArray()
        return json.bytes
    }

    /// `json` handed to `LearningHubTracker.receive`; U+2028 and U+2029 (E2 80 A8 and E2 80 A9 in
    /// UTF-8), which older JavaScript does not allow in a string, escaped. Worked on the bytes: the
    /// rows of a national hub are megabytes.
    private func script(_ name: String, _ json: [UInt8]) -> Data {
        var bytes = Array("LearningHubTracker.receive(\"\(name)\",".utf8)
        bytes.reserveCapacity(bytes.count + json.count + 4)
        var index = 0
        while index < json.count {
            let byte = json[index]
            if byte == 0xE2, index + 2 < json.count, json[index + 1] == 0x80, json[index + 2] | 1 == 0xA9 {
                bytes += Array((json[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                index += 3
            } else {
                bytes.append(byte)
                index += 1
            }
        }
        bytes += Array(");\n".utf8)
        return Data(bytes)
    }
}
