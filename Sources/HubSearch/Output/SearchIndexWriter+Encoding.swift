import Foundation
import HubSupport

/// How the index's terms are cut into shard files, and how postings and facet codes are written.
extension SearchIndexWriter {
    /// Cuts the sorted terms into runs whose encoded postings stay near the target size.
    static func shard(_ index: SearchIndex) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var size = 0
        for position in index.terms.indices {
            let termSize = index.terms[position].utf8.count + index.postingCount(of: position) * 2 + 6
            if size > 0 && size + termSize > shardTargetBytes {
                ranges.append(start..<position)
                start = position
                size = 0
            }
            size += termSize
        }
        if start < index.terms.count { ranges.append(start..<index.terms.count) }
        return ranges
    }

    /// Postings as (document gap, weight) pairs.
    static func encode(_ postings: [SearchIndex.Posting]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(postings.count * 2)
        var previous = -1
        for posting in postings {
            PostingsCoder.append(posting.document - previous - 1, to: &bytes)
            PostingsCoder.append(posting.weight, to: &bytes)
            previous = posting.document
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One character per document.
    static func codes(_ values: [Int]) -> String {
        String(decoding: values.map { PostingsCoder.alphabet[min($0, 63)] }, as: UTF8.self)
    }

    /// `chars` characters of 6 bits per document, lowest bits first.
    static func bitCodes(_ values: [UInt64], chars: Int) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(values.count * chars)
        for value in values {
            for part in 0..<chars { bytes.append(PostingsCoder.alphabet[Int((value >> UInt64(part * 6)) & 63)]) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
