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
        var ids = [Int32](repeating: 0, count: all.count)
        var next = Array(starts.dropLast())
        let ends = Array(starts.dropFirst())
        var terms: [String] = []
        terms.reserveCapacity(runTerms.map(\.count).max() ?? 0)
        keys.withUnsafeBufferPointer { keys in
            lengths.withUnsafeBufferPointer { lengths in
                ids.withUnsafeMutableBufferPointer { ids in
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
                }
            }
        }
        self.terms = terms
        globalIDs = runTerms.indices.map { Array(ids[starts[$0]..<starts[$0 + 1]]) }
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
