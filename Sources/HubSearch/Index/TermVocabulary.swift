/// The terms of all runs as one vocabulary, in ascending order of their UTF-8 bytes
/// (the order the client's binary search expects), with each run's term numbers mapped into it.
struct TermVocabulary: Sendable {
    /// Every distinct term, sorted.
    let terms: [String]
    /// Per run, the position in `terms` of each of its terms.
    let globalIDs: [[Int32]]

    /// `runTerms[run]` is that run's terms by run term number.
    ///
    /// Terms are told apart as Strings are (canonically equivalent ones are one term, spelt as the first run spells it).
    init(_ runTerms: [[String]]) {
        var index: [String: Int32] = [:]
        var unsorted: [String] = []
        // Most terms recur in several runs: the first run's count, doubled, is room enough for most hubs.
        index.reserveCapacity(max(runTerms.first.map { $0.count * 2 } ?? 0, runTerms.reduce(0) { $0 + $1.count } / 2))
        let firstIDs: [[Int32]] = runTerms.map { terms in
            terms.map { term in
                if let id = index[term] { return id }
                let id = Int32(unsorted.count)
                unsorted.append(term)
                index[term] = id
                return id
            }
        }
        let order = Self.sortedOrder(unsorted)
        var rank = [Int32](repeating: 0, count: unsorted.count)
        for (position, id) in order.enumerated() { rank[id] = Int32(position) }
        terms = order.map { unsorted[$0] }
        globalIDs = firstIDs.map { ids in ids.map { rank[Int($0)] } }
    }

    /// The positions of `terms` in ascending order of their UTF-8 bytes.
    ///
    /// Compares the first eight bytes as one number first (most pairs differ there), and the
    /// whole terms only when those are equal.
    static func sortedOrder(_ terms: [String]) -> [Int] {
        let prefixes = terms.map(prefixKey)
        return terms.indices.sorted { a, b in
            let left = prefixes[a], right = prefixes[b]
            if left != right { return left < right }
            return terms[a].utf8.lexicographicallyPrecedes(terms[b].utf8)
        }
    }

    /// The first eight UTF-8 bytes of `term`, big-endian, padded with zeros: ordered as the bytes are
    /// (a shorter term that is a prefix of a longer one has the smaller key or an equal one).
    static func prefixKey(_ term: String) -> UInt64 {
        var key: UInt64 = 0
        var count = 0
        for byte in term.utf8 {
            key |= UInt64(byte) << UInt64(56 - 8 * count)
            count += 1
            if count == 8 { break }
        }
        return key
    }
}
