import Foundation
import HubSupport

/// `search/index/words.json`: the terms a search client may correct a misspelt word to, or split a run-on
/// word into, grouped by how many documents have them, so that a correction can prefer common terms.
///
/// `{"buckets": [[b, "term term ..."], ...]}`, `b` descending: a term of bucket `b` is in about 2^(b/4)
/// documents (b = floor(4 log2 df)); terms are in byte order within a bucket. Only terms of letters a-z
/// are kept, and only the most common buckets that fit `budget` bytes once gzipped: a client fetches the
/// file only when a query word has no match, and on a large hub the rarest terms (most of them) are
/// names and typing errors, not what a reader meant.
enum SpellingDictionary {
    /// At most this many bytes gzipped (level 6, what web servers use), so that correcting costs at most
    /// 50 kB even with a server that compresses a little less well.
    static let budget = 44_000
    static let shortest = 2
    static let longest = 24

    static func json(_ index: SearchIndex) -> Data {
        let buckets = Self.buckets(index)
        let compressor = GzipCompressor(level: 6)
        // The most buckets whose file fits the budget: start from a guess by size (word lists compress
        // about threefold), then step down, or up, one bucket at a time.
        var sizes = [0]
        for bucket in buckets { sizes.append(sizes[sizes.count - 1] + bucket.terms.utf8.count + 12) }
        var count = sizes.lastIndex { $0 <= budget * 3 } ?? 0
        var file = Self.file(buckets.prefix(count))
        var fits = compressor.compress([file]).count <= budget
        while count > 0, !fits {
            count -= 1
            file = Self.file(buckets.prefix(count))
            fits = compressor.compress([file]).count <= budget
        }
        while count < buckets.count {
            let larger = Self.file(buckets.prefix(count + 1))
            guard compressor.compress([larger]).count <= budget else { break }
            count += 1
            file = larger
        }
        return Data(file.utf8)
    }

    /// The kept terms by bucket, most common first.
    static func buckets(_ index: SearchIndex) -> [(bucket: Int, terms: String)] {
        var byBucket: [Int: [String]] = [:]
        for (number, term) in index.terms.enumerated() where isCorrectable(term) {
            let count = index.postingCount(of: number)
            guard count > 0 else { continue }
            byBucket[Int((log2(Double(count)) * 4).rounded(.down)), default: []].append(term)
        }
        return byBucket.keys.sorted(by: >).map { ($0, byBucket[$0]!.joined(separator: " ")) }
    }

    /// Letters a-z only, of a sensible length: no numbers, phrases or other scripts.
    private static func isCorrectable(_ term: String) -> Bool {
        let bytes = term.utf8
        return bytes.count >= shortest && bytes.count <= longest && bytes.allSatisfy { $0 &- 0x61 < 26 }
    }

    private static func file(_ buckets: ArraySlice<(bucket: Int, terms: String)>) -> String {
        "{\"buckets\":[" + buckets.map { "[\($0.bucket),\"\($0.terms)\"]" }.joined(separator: ",") + "]}"
    }
}
