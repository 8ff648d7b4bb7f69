import HubModel
import Testing
@testable import HubRendering

/// "Related learning": most shared themes first, then newest; never itself, a draft or a withdrawn document.
@Suite struct RelatedLearningTests {
    /// The answer by brute force over every document.
    private func bruteForce(_ hub: Hub, _ index: Int, limit: Int = 5) -> [Int] {
        let themes = Set(hub.documents[index].learningThemeIDs)
        let listed = Set((hub.sourceReviews[index] ?? []) + (hub.derivedLearning[index] ?? []))
        return hub.documents.indices.compactMap { other -> (Int, Int)? in
            let document = hub.documents[other]
            guard other != index, !listed.contains(other), document.publicationState(on: hub.today) == .published else { return nil }
            let shared = themes.intersection(document.learningThemeIDs).count
            return shared > 0 ? (other, shared) : nil
        }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(limit).map(\.0)
    }

    @Test func matchesBruteForceOnAGeneratedHub() {
        let hub = GeneratedHub.make(count: 300, seed: 3)
        let related = RelatedLearning(hub: hub)
        for index in hub.documents.indices {
            #expect(related.related(to: index) == bruteForce(hub, index), "document \(index)")
        }
    }

    /// A page lists the review a brief draws on, and the learning drawn from a review, above its related
    /// learning: those are not suggested again, and the next best take their places.
    @Test func leavesOutWhatThePageListsAlready() {
        let hub = TestHub.hub([
            TestHub.document(.review, slug: "source", published: "2024-01-01", themes: ["neglect", "transitions"]),
            TestHub.document(.brief, slug: "subject", published: "2024-02-01", themes: ["neglect", "transitions"], extra: "review: source"),
            TestHub.document(.briefing, slug: "sibling", published: "2024-03-01", themes: ["neglect"], extra: "review: source"),
            TestHub.document(.brief, slug: "other", published: "2023-01-01", themes: ["neglect"]),
        ])
        let related = RelatedLearning(hub: hub)
        let slug = { (slug: String) in hub.documents.firstIndex { $0.slug == slug }! }
        #expect(related.related(to: slug("subject")).map { hub.documents[$0].slug } == ["sibling", "other"])
        #expect(related.related(to: slug("source")).map { hub.documents[$0].slug } == ["other"])
    }

    @Test func ordersByThemesSharedThenNewest() {
        let hub = TestHub.hub([
            TestHub.document(.review, slug: "subject", published: "2024-01-01", themes: ["neglect", "transitions", "information-sharing"]),
            TestHub.document(.brief, slug: "one-shared-newest", published: "2025-01-01", themes: ["neglect"]),
            TestHub.document(.brief, slug: "three-shared-old", published: "2020-01-01", themes: ["neglect", "transitions", "information-sharing"]),
            TestHub.document(.brief, slug: "two-shared-new", published: "2024-06-01", themes: ["neglect", "transitions"]),
            TestHub.document(.brief, slug: "two-shared-older", published: "2021-06-01", themes: ["transitions", "information-sharing"]),
            TestHub.document(.brief, slug: "one-shared-older", published: "2019-01-01", themes: ["transitions"]),
            TestHub.document(.brief, slug: "one-shared-oldest", published: "2018-01-01", themes: ["information-sharing"]),
            TestHub.document(.brief, slug: "unrelated", published: "2024-02-01", themes: ["domestic-abuse"]),
            TestHub.document(.brief, slug: "draft", published: "2024-03-01", themes: ["neglect", "transitions", "information-sharing"], extra: "draft: true"),
            TestHub.document(.brief, slug: "withdrawn", published: "2024-03-02", themes: ["neglect", "transitions", "information-sharing"], extra: "retain_until: 2025-01-01"),
        ])
        let subject = hub.documents.firstIndex { $0.slug == "subject" }!
        let slugs = RelatedLearning(hub: hub).related(to: subject).map { hub.documents[$0].slug }
        #expect(slugs == ["three-shared-old", "two-shared-new", "two-shared-older", "one-shared-newest", "one-shared-older"])
    }

    @Test func aCapBoundsTheWorkButStillReturnsNewestMatches() {
        let hub = GeneratedHub.make(count: 300, seed: 5)
        let capped = RelatedLearning(hub: hub, maximumSteps: 3)
        for index in hub.documents.indices.prefix(20) {
            let result = capped.related(to: index)
            #expect(result.count <= 3)
            #expect(!result.contains(index))
        }
    }

    /// The fingerprint a cache keeps the lists under: it moves with whatever can change a list and
    /// stays put for the edits that cannot (a title), so a kept list is never stale.
    @Test func theFingerprintFollowsExactlyWhatTheListsDependOn() {
        func hub(titleOfB: String = "B", themesOfB: [String] = ["neglect"], dateOfB: String = "2024-01-01",
                 extraOfB: String = "") -> Hub {
            TestHub.hub([
                TestHub.document(.review, slug: "a", published: "2023-01-01", themes: ["neglect", "transitions"]),
                TestHub.document(.brief, slug: "b", title: titleOfB, published: dateOfB, themes: themesOfB, extra: extraOfB),
                TestHub.document(.brief, slug: "c", published: "2022-01-01", themes: ["neglect"]),
            ])
        }
        let base = RelatedLearning(hub: hub()).fingerprint
        #expect(RelatedLearning(hub: hub()).fingerprint == base)
        #expect(RelatedLearning(hub: hub(titleOfB: "A new title")).fingerprint == base)
        // Themes, the order of the hub (a date moves a document) and whether a document may be suggested.
        #expect(RelatedLearning(hub: hub(themesOfB: ["neglect", "transitions"])).fingerprint != base)
        #expect(RelatedLearning(hub: hub(dateOfB: "2021-01-01")).fingerprint != base)
        #expect(RelatedLearning(hub: hub(extraOfB: "draft: true")).fingerprint != base)
        #expect(RelatedLearning(hub: hub(), limit: 4).fingerprint != base)
    }

    @Test func allListsEveryDocumentInHubOrder() {
        let hub = GeneratedHub.make(count: 120, seed: 7)
        let related = RelatedLearning(hub: hub)
        #expect(related.all() == hub.documents.indices.map { related.related(to: $0) })
    }
}
