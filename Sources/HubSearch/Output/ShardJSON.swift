import Foundation

/// Writes a shard of the index, a JSON object of term to postings, exactly as `JSONEncoder` with
/// `.sortedKeys` and `.withoutEscapingSlashes` would, but without building a dictionary to sort:
/// the terms are already in UTF-8 order, the order `JSONEncoder` sorts keys in. Encoding the
/// shards that way was a fifth of an incremental build's search stage.
enum ShardJSON {
    /// `{"term":"postings",...}` for `pairs`, whose terms must be distinct and in ascending UTF-8 order.
    static func object(_ pairs: [(term: String, postings: String)]) -> Data {
        var bytes: [UInt8] = [UInt8(ascii: "{")]
        bytes.reserveCapacity(pairs.reduce(2) { $0 + $1.term.utf8.count + $1.postings.utf8.count + 6 })
        for (offset, pair) in pairs.enumerated() {
            if offset > 0 { bytes.append(UInt8(ascii: ",")) }
            appendString(pair.term, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
            appendString(pair.postings, to: &bytes)
        }
        bytes.append(UInt8(ascii: "}"))
        return Data(bytes)
    }

    /// `{"term":"postings",...}` for `index.terms[terms]`, each term's postings encoded as `SearchIndexWriter.encode` does.
    static func object(_ index: SearchIndex, terms: Range<Int>) -> Data {
        index.withRunBuffers { runs in
            let alphabet = PostingsCoder.alphabet
            var bytes: [UInt8] = [UInt8(ascii: "{")]
            var postings = 0
            for run in runs { postings += Int(run.offsets[terms.upperBound] - run.offsets[terms.lowerBound]) }
            bytes.reserveCapacity(terms.reduce(2) { $0 + index.terms[$1].utf8.count + 6 } + postings * 3)
            for term in terms {
                if term > terms.lowerBound { bytes.append(UInt8(ascii: ",")) }
                appendString(index.terms[term], to: &bytes)
                bytes.append(UInt8(ascii: ":"))
                // The postings alphabet needs no escape.
                bytes.append(UInt8(ascii: "\""))
                SearchIndex.appendEncodedPostings(of: term, in: runs, alphabet: alphabet, to: &bytes)
                bytes.append(UInt8(ascii: "\""))
            }
            bytes.append(UInt8(ascii: "}"))
            return Data(bytes)
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// A JSON string: `"` and `\` escaped, control characters as `\b \f \n \r \t` or `\u00XX`,
    /// everything else (slashes, non-ASCII, U+2028) as it is.
    static func appendString(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        // Most strings need no escape: then they are copied whole.
        let copied = text.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            for byte in utf8 where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if copied == true {
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0..<0x20:
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(hexDigits[Int(byte >> 4)])
                bytes.append(hexDigits[Int(byte & 0x0F)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
