import HubSupport
import HubModel

/// The terms of all runs as one vocabulary, in ascending order of their UTF-8 bytes
/// (the order the client's binary search expects), with each run's term numbers mapped into it.
struct TermVocabulary: Sendable {
    /// Every distinct term, sorted.
    let terms: [String]
    /// Per run, the position in `terms` of each of its terms.
    let globalIDs: [[Int32]]

    /// `runTerms[run]` is that run's terms by run term number, distinct and sorted by their bytes
    /// (as `TokenisedRun` keeps them): merged as sorted lists are, terms equal when their bytes are.
    /// `prefixKeys[run]`, if given, is `TermBytes.prefixKey` of each of the run's terms.
    init(sortedRuns runTerms: [[String]], prefixKeys: [[UInt64]]? = nil) {
        // Every run's terms one after another, each as its first eight bytes and its length:
        // most comparisons need no more.
        var starts = [0]
        for terms in runTerms { starts.append(starts[starts.count - 1] + terms.count) }
        let all = Array(runTerms.joined())
        let keys = prefixKeys.map { Array($0.joined()) } ?? all.map(TermBytes.prefixKey)
        let lengths = all.map { $0.utf8.count }
        // Two halves of the byte order, split at the middle term of the longest run, merged side by
        // side: no term is in both, so the second half's numbers follow the first's.
        let longest = runTerms.indices.max { runTerms[$0].count < runTerms[$1].count }
        let pivot = longest.flatMap { runTerms[$0].isEmpty ? nil : runTerms[$0][runTerms[$0].count / 2] }
        let splits: [Int] = runTerms.indices.map { run in
            guard let pivot else { return starts[run + 1] }
            // The first of the run's terms that does not come before the pivot.
            var low = starts[run], high = starts[run + 1]
            while low < high {
                let middle = (low + high) / 2
                if TermBytes.compare(all[middle], pivot) < 0 { low = middle + 1 } else { high = middle }
            }
            return low
        }
        var ids = [Int32](repeating: 0, count: all.count)
        let halves: [[String]] = keys.withUnsafeBufferPointer { keys in
            lengths.withUnsafeBufferPointer { lengths in
                ids.withUnsafeMutableBufferPointer { ids in
                    // Each half writes the numbers of its own positions only.
                    let shared = UnsafeMutableBufferPointer(start: ids.baseAddress, count: ids.count)
                    let bounds = [(Array(starts.dropLast()), splits), (splits, Array(starts.dropFirst()))]
                    return Parallel.map(bounds) { next, ends in
                        Self.merge(all, keys: keys, lengths: lengths, next: next, ends: ends, into: shared)
                    }
                }
            }
        }
        let firstCount = Int32(halves[0].count)
        for run in runTerms.indices where splits[run] < starts[run + 1] {
            for position in splits[run]..<starts[run + 1] { ids[position] += firstCount }
        }
        terms = halves[0] + halves[1]
        globalIDs = runTerms.indices.map { Array(ids[starts[$0]..<starts[$0 + 1]]) }
    }

    /// Merges the sorted stretches `next[run]..<ends[run]` of `all` (positions in it; `keys` and
    /// `lengths` of each term alongside), numbering each distinct term from 0 in `ids`; returns the terms in order.
    private static func merge(_ all: [String], keys: UnsafeBufferPointer<UInt64>, lengths: UnsafeBufferPointer<Int>,
                              next start: [Int], ends: [Int], into ids: UnsafeMutableBufferPointer<Int32>) -> [String] {
        var next = start
        var terms: [String] = []
        terms.reserveCapacity(zip(start, ends).map { $1 - $0 }.max() ?? 0)
        // Whether the term at `a` comes before the one at `b` (positions in `all`).
        func precedes(_ a: Int, _ b: Int) -> Bool {
            if keys[a] != keys[b] { return keys[a] < keys[b] }
            if lengths[a] <= 8 && lengths[b] <= 8 { return lengths[a] < lengths[b] }
            return TermBytes.compare(all[a], all[b]) < 0
        }
        func same(_ a: Int, _ b: Int) -> Bool {
            keys[a] == keys[b] && lengths[a] == lengths[b] && (lengths[a] <= 8 || TermBytes.compare(all[a], all[b]) == 0)
        }
        while true {
            // The smallest term at the head of any run.
            var smallest = -1
            for run in next.indices where next[run] < ends[run] {
                if smallest < 0 || precedes(next[run], smallest) { smallest = next[run] }
            }
            guard smallest >= 0 else { break }
            let id = Int32(terms.count)
            terms.append(all[smallest])
            for run in next.indices where next[run] < ends[run] && same(next[run], smallest) {
                ids[next[run]] = id
                next[run] += 1
            }
        }
        return terms
    }

    /// The positions of `terms` in ascending order of their UTF-8 bytes.
    ///
    /// Compares the first eight bytes as one number first (most pairs differ there), and the
    /// whole terms only when those are equal.
    static func sortedOrder(_ terms: [String]) -> [Int] {
        let prefixes = terms.map(TermBytes.prefixKey)
        return terms.indices.sorted { a, b in
            let left = prefixes[a], right = prefixes[b]
            if left != right { return left < right }
            return TermBytes.compare(terms[a], terms[b]) < 0
        }
    }
}
