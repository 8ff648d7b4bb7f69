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
        index.reserveCapacity(runTerms.first.map { $0.count * 2 } ?? 0)
        let firstIDs: [[Int32]] = runTerms.map { terms in
            terms.map { term in
                if let id = index[term] { return id }
                let id = Int32(unsorted.count)
                unsorted.append(term)
                index[term] = id
                return id
            }
        }
        let order = unsorted.indices.sorted { unsorted[$0].utf8.lexicographicallyPrecedes(unsorted[$1].utf8) }
        var rank = [Int32](repeating: 0, count: unsorted.count)
        for (position, id) in order.enumerated() { rank[id] = Int32(position) }
        terms = order.map { unsorted[$0] }
        globalIDs = firstIDs.map { ids in ids.map { rank[Int($0)] } }
    }
}
