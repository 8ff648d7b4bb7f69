import HubSupport
import HubModel

/// "Related learning" for each document: other documents published in full that share the most
/// learning themes with it, newest first among equals. The documents its page lists already (the
/// review a brief draws on, the learning drawn from a review) are not suggested again.
///
/// A document's candidates are found by walking only the documents of its own themes
/// (`Hub.documentsByTheme`), never the whole hub. Each theme's list is in hub order (newest
/// first), so the lists are merged in that order and every candidate's shared-theme count is
/// exact when it is reached. The walk stops as soon as no later candidate could beat the ones
/// found (it shares at most as many themes as there are lists not yet exhausted), or after
/// `maximumSteps` candidates, so a page costs at most a few thousand steps even when a theme
/// holds tens of thousands of documents.
public struct RelatedLearning: Sendable {
    public let hub: Hub
    public let limit: Int
    public let maximumSteps: Int
    /// Whether each document may be suggested: published in full (not a draft or withdrawn).
    private let eligible: [Bool]

    public init(hub: Hub, limit: Int = 5, maximumSteps: Int = 5_000) {
        self.hub = hub
        self.limit = limit
        self.maximumSteps = maximumSteps
        eligible = zip(hub.documents, hub.states).map { $1 == .published && $0.kind.carriesLearning }
    }

    /// Everything the related learning of every document depends on: which document is at each index
    /// of the hub, its learning themes, whether it carries learning and may be suggested, and the limits of the walk.
    /// Edits to bodies, titles or summaries leave it unchanged, so a cache can keep `all()` between builds.
    public var fingerprint: Fingerprint {
        var hasher = StableHasher()
        hasher.combine("related learning")
        hasher.combine(limit)
        hasher.combine(maximumSteps)
        hasher.combine(hub.documents.count)
        for (document, isEligible) in zip(hub.documents, eligible) {
            // The lists hold indices, so which document sits at each index counts too.
            hasher.combine(document.sitePath)
            hasher.combine(document.kind.carriesLearning)
            hasher.combine(document.learningThemeIDs.count)
            for theme in document.learningThemeIDs { hasher.combine(theme) }
            hasher.combine(isEligible)
        }
        // The reviews each brief, briefing or overview draws on, which its page lists above its related
        // learning (and each review's page lists it in turn).
        for (document, reviews) in hub.sourceReviews.sorted(by: { $0.key < $1.key }) {
            hasher.combine(document)
            hasher.combine(reviews.count)
            for review in reviews { hasher.combine(review) }
        }
        return hasher.finalize()
    }

    /// The related learning of every document, by index, worked out on every core.
    public func all() -> [[Int]] {
        Parallel.map(Array(hub.documents.indices)) { related(to: $0) }
    }

    /// Indices of the related documents of the document at `index`, best first.
    public func related(to index: Int) -> [Int] {
        let themes = Array(Set(hub.documents[index].learningThemeIDs))
        let lists = themes.compactMap { hub.documentsByTheme[$0] }.filter { !$0.isEmpty }
        guard limit > 0, !lists.isEmpty else { return [] }
        var positions = [Int](repeating: 0, count: lists.count)
        var best: [(index: Int, shared: Int)] = []
        var steps = 0
        // Listed on the page already: the reviews it draws on, or the learning drawn from it. Mostly none
        // or a few, which a look along an array finds sooner than hashing would.
        let listed = (hub.sourceReviews[index] ?? []) + (hub.derivedLearning[index] ?? [])
        let manyListed = listed.count > 16 ? Set(listed) : nil
        while steps < maximumSteps {
            // The next candidate is the smallest (newest) index at the head of any list.
            var candidate = Int.max
            var live = 0
            for (list, position) in zip(lists, positions) where position < list.count {
                live += 1
                candidate = min(candidate, list[position])
            }
            // No later candidate can share more themes than there are lists left; ties go to the newer ones found.
            if live == 0 || (best.count == limit && best.allSatisfy { $0.shared >= live }) { break }
            var shared = 0
            for offset in lists.indices where positions[offset] < lists[offset].count && lists[offset][positions[offset]] == candidate {
                shared += 1
                positions[offset] += 1
            }
            steps += 1
            guard candidate != index, eligible[candidate], !(manyListed?.contains(candidate) ?? listed.contains(candidate)) else { continue }
            insert((candidate, shared), into: &best)
        }
        return best.map(\.index)
    }

    /// Keeps `best` sorted by shared themes (most first), then by index (newest first), at most `limit` long.
    private func insert(_ item: (index: Int, shared: Int), into best: inout [(index: Int, shared: Int)]) {
        // Candidates arrive newest first, so among equals a new one goes after those already held.
        let position = best.firstIndex { $0.shared < item.shared } ?? best.count
        guard position < limit else { return }
        best.insert(item, at: position)
        if best.count > limit { best.removeLast() }
    }
}
