import CLibdeflate
import Foundation
@testable import HubSearch
import Testing

/// A reused compressor must write gzip members that hold the text given, byte for byte as a fresh
/// compressor writes them, however the text is split.
@Suite struct GzipCompressorTests {
    static let texts = ["", "a", String(repeating: "Information sharing between agencies. ", count: 400),
                        "Zoë’s review\n\n" + String(repeating: "naïve 😀 text ", count: 50), String(repeating: "x", count: 100_000)]

    @Test(arguments: [Int32(1), 6])
    func reusedCompressorMatchesFreshOnes(level: Int32) throws {
        let reused = GzipCompressor(level: level)
        for text in Self.texts + Self.texts.reversed() {
            let fresh = GzipCompressor(level: level).compress([text])
            #expect(fresh.prefix(3) == Data([0x1F, 0x8B, 0x08]))
            #expect(reused.compress([text]) == fresh)
            #expect(try Self.decompress(fresh, size: text.utf8.count) == Data(text.utf8))
        }
    }

    @Test func splitTextMatchesWholeText() {
        let compressor = GzipCompressor(level: 1)
        for text in Self.texts {
            let title = String(text.prefix(7))
            let body = String(text.dropFirst(7))
            #expect(compressor.compress([title, "\n\n", body]) == GzipCompressor(level: 1).compress([title + "\n\n" + body]))
            let bytes = Data((title + "\n\n" + body).utf8)
            #expect(bytes.withUnsafeBytes { compressor.compress([$0]) } == compressor.compress([title + "\n\n" + body]))
        }
    }

    struct NotGzip: Error {}

    /// The text of a gzip member whose text is `size` bytes long.
    static func decompress(_ data: Data, size: Int) throws -> Data {
        guard let decompressor = libdeflate_alloc_decompressor() else { throw NotGzip() }
        defer { libdeflate_free_decompressor(decompressor) }
        var output = [UInt8](repeating: 0, count: size)
        var written = 0
        let result = data.withUnsafeBytes { source in
            output.withUnsafeMutableBytes { target in
                libdeflate_gzip_decompress(decompressor, source.baseAddress, source.count, target.baseAddress, target.count, &written)
            }
        }
        guard result == LIBDEFLATE_SUCCESS else { throw NotGzip() }
        return Data(output[..<written])
    }
}
