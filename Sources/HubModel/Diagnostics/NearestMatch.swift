/// Suggests the known name closest to a misspelt one ("neglet" -> "neglect").
public enum NearestMatch {
    /// The candidate with the smallest edit distance to `word`, if it is close enough to be a likely typo.
    public static func suggestion(for word: String, among candidates: [String]) -> String? {
        let lowered = word.lowercased()
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, candidate.lowercased())
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let allowed = max(2, min(lowered.count, best.candidate.count) / 3)
        if best.distance <= allowed { return best.candidate }
        // A prefix or part of a longer id ("information" for "information-sharing") is also a good guess.
        if lowered.count >= 3, let partial = candidates.first(where: { $0.lowercased().contains(lowered) }) {
            return partial
        }
        return nil
    }

    /// A hint naming the nearest candidate, or listing them all when nothing is close.
    public static func hint(for word: String, among candidates: [String], kind: String) -> String {
        if let match = suggestion(for: word, among: candidates) {
            return "did you mean '\(match)'?"
        }
        return candidates.isEmpty ? "no \(kind) is declared" : "known \(kind)s: \(candidates.joined(separator: ", "))"
    }

    /// Levenshtein distance between two strings, by characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
