import Foundation
import HubSupport

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
            CompactJSON.appendString(pair.term, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
            CompactJSON.appendString(pair.postings, to: &bytes)
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
                CompactJSON.appendString(index.terms[term], to: &bytes)
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
}
