import Foundation
@testable import HubSearch
import Testing

/// A reused compressor must write the bytes of a fresh one, however the text is split.
@Suite struct GzipCompressorTests {
    static let texts = ["", "a", String(repeating: "Information sharing between agencies. ", count: 400),
                        "Zoë’s review\n\n" + String(repeating: "naïve 😀 text ", count: 50), String(repeating: "x", count: 100_000)]

    @Test func reusedCompressorMatchesFreshOnes() {
        let reused = GzipCompressor()
        for text in Self.texts + Self.texts.reversed() {
            let fresh = Gzip.compress(Data(text.utf8))
            #expect(fresh.prefix(2) == Data([0x1F, 0x8B]))
            #expect(reused.compress([text]) == fresh)
        }
    }

    @Test func splitTextMatchesWholeText() {
        let compressor = GzipCompressor()
        for text in Self.texts {
            let title = String(text.prefix(7))
            let body = String(text.dropFirst(7))
            #expect(compressor.compress([title, "\n\n", body]) == Gzip.compress(Data((title + "\n\n" + body).utf8)))
        }
    }
}
