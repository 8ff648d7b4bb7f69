import HubSupport
import Testing
@testable import HubRendering

/// `combine(into:)` feeds every template field into the hasher: two list entries that differ in
/// any one field (nested themes and absent optionals included) hash differently, equal ones alike.
@Suite struct TemplateViewHashTests {
    static func summary(href: String = "reviews/a/", title: String = "A review", kind: String = "review",
                        kindLabel: String = "Review", summary: String = "What happened.", summaryLine: String? = "Death of a child",
                        publishedISO: String? = "2024-03-01",
                        publishedLong: String? = "1 March 2024", themes: [ThemeTagView] = [ThemeTagView(href: "themes/t/", title: "T")],
                        isWithdrawn: Bool = false, isDraft: Bool = false, html: String = "") -> DocumentSummaryView {
        DocumentSummaryView(href: href, title: title, kind: kind, kindLabel: kindLabel, summary: summary, summaryLine: summaryLine,
                            publishedISO: publishedISO,
                            publishedLong: publishedLong, themes: themes, isWithdrawn: isWithdrawn, isDraft: isDraft, html: html)
    }

    /// Each entry differs from `summary()` in the one field it names.
    static let changes: [(field: String, view: DocumentSummaryView)] = [
        ("href", summary(href: "reviews/b/")),
        ("title", summary(title: "A reviews")),
        ("kind", summary(kind: "brief")),
        ("kindLabel", summary(kindLabel: "Brief")),
        ("summary", summary(summary: "What happened")),
        ("summaryLine", summary(summaryLine: "Death of an adult")),
        ("summaryLine", summary(summaryLine: nil)),
        ("publishedISO", summary(publishedISO: "2024-03-02")),
        ("publishedISO", summary(publishedISO: nil)),
        ("publishedISO", summary(publishedISO: "")),
        ("publishedLong", summary(publishedLong: "2 March 2024")),
        ("publishedLong", summary(publishedLong: nil)),
        ("themes", summary(themes: [])),
        ("themes", summary(themes: [ThemeTagView(href: "themes/u/", title: "T")])),
        ("themes", summary(themes: [ThemeTagView(href: "themes/t/", title: "U")])),
        ("themes", summary(themes: [ThemeTagView(href: "themes/t/", title: "T"), ThemeTagView(href: "themes/t/", title: "T")])),
        ("isWithdrawn", summary(isWithdrawn: true)),
        ("isDraft", summary(isDraft: true)),
        ("html", summary(html: "<li>A review</li>")),
    ]

    static func key(_ view: some TemplateView) -> Fingerprint {
        var hasher = StableHasher()
        view.combine(into: &hasher)
        return hasher.finalize()
    }

    @Test func everyFieldIsChanged() {
        #expect(Set(Self.changes.map(\.field)) == Set(DocumentSummaryView.templateFields.names))
    }

    @Test func anySingleChangeChangesTheKey() {
        let keys = [Self.key(Self.summary())] + Self.changes.map { Self.key($0.view) }
        #expect(Set(keys).count == keys.count)
        for (field, view) in Self.changes {
            #expect(Self.key(view) != Self.key(Self.summary()), "a change of \(field) leaves the key as it was")
        }
    }

    @Test func equalSummariesHashAlike() {
        #expect(Self.key(Self.summary()) == Self.key(Self.summary()))
    }

    /// Text moved from one field to the next changes the key: strings are length-prefixed.
    @Test func neighbouringFieldsDoNotRunTogether() {
        #expect(Self.key(Self.summary(kind: "ab", kindLabel: "c")) != Self.key(Self.summary(kind: "a", kindLabel: "bc")))
    }

    /// Every view type hashes, nested views and arrays included, and no two samples (whose values all differ) alike.
    @Test(arguments: [true, false])
    func everyViewTypeHashes(optionalsPresent: Bool) {
        let keys = ViewSamples(optionalsPresent: optionalsPresent).all().map { Self.key($0) }
        #expect(Set(keys).count == keys.count)
    }
}
