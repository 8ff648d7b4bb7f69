import Foundation
@testable import HubSearch
import Testing

/// The script twins escape U+2028 and U+2029, and leave JSON without them as it is.
@Suite struct LineSeparatorTests {
    @Test func escapesOnlyTheLineSeparators() {
        let cases: [(String, String)] = [
            ("", ""), ("plain", "plain"), ("a\u{2028}b", "a\\u2028b"), ("\u{2029}", "\\u2029"),
            // Other characters whose UTF-8 starts E2 80: an en dash and a right quote.
            ("\u{2013}\u{2019}", "\u{2013}\u{2019}"), ("x\u{2028}\u{2013}\u{2029}", "x\\u2028\u{2013}\\u2029"),
        ]
        for (json, expected) in cases {
            let data = Data(json.utf8)
            #expect(SearchIndexWriter.hasLineSeparator(data) == (json != expected))
            #expect(SearchIndexWriter.escapeLineSeparators(data) == Data(expected.utf8))
        }
        // A lead byte at the very end is not a separator.
        #expect(!SearchIndexWriter.hasLineSeparator(Data([0x41, 0xE2, 0x80])))
    }
}
