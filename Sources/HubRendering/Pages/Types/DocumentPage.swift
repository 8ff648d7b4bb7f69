import HubMarkdown
import HubModel
import HubSupport

/// The page of one review, learning brief, seven-minute briefing or free page.
struct DocumentPage: SitePage {
    /// The document's position in the hub.
    let index: Int
    let kind: DocumentKind
    let path: String
    /// Its related learning (`RelatedLearning.related(to:)`).
    let related: [Int]

    var template: String { kind.rawValue }

    func view(from factory: PageViewFactory) throws -> Any {
        let hub = factory.hub
        let document = hub.documents[index]
        let state = hub.states[index]
        let withdrawn = state == .withdrawn
        var crumbs = [LinkView(href: factory.rel(path, SitePaths.home), label: "Home")]
        if kind != .page { crumbs.append(LinkView(href: factory.rel(path, SitePaths.kind(kind)), label: kind.pluralName)) }
        let layout = factory.layout(for: path, title: document.title, description: document.summary,
                                    pageType: kind.rawValue, breadcrumbs: crumbs, isDraft: state == .draft)
        let html = withdrawn ? "" : try document.content.html()
        let (preamble, sections) = kind == .briefing && !withdrawn ? Self.briefingSections(html, document.content.headings) : ("", [])
        let committee = document.committeeID.flatMap { hub.config.committee($0)?.name }
        let recommendations = (document.review?.recommendations ?? []).map(factory.recommendation)
        let sources = hub.sourceReviews[index] ?? []
        return DocumentPageView(
            layout: layout, header: factory.header(document, state: state, from: path), 
            contentWarning: document.review.map { ReviewWording($0).contentWarning }, bodyHTML: html,
            sections: sections, preambleHTML: preamble.allSatisfy(\.isWhitespace) ? nil : preamble, readingMinutes: document.readingMinutes,
            recommendations: recommendations, overdueCount: recommendations.contains(where: \.isOverdue)
                ? recommendations.filter(\.isOverdue).count : nil,
            reportHref: withdrawn ? nil : document.review?.reportAsset.map { factory.rel(path, $0) },
            derivedLearning: factory.publicOnly(hub.derivedLearning[index]).map { factory.summary($0, from: path) },
            sourceReviews: sources.map { factory.summary($0, from: path) },
            sourceReviewsHeading: Self.sourceReviewsHeading(kind: kind, count: sources.count),
            supportHref: factory.supportPath.map { factory.rel(path, $0) },
            relatedLearning: related.map { factory.summary($0, from: path) },
            trackerHref: factory.rel(path, SitePaths.recommendations),
            publisher: ([hub.config.title] + (committee.map { [$0] } ?? [])).joined(separator: ", "))
    }

    /// "The review this learning comes from", "The reviews this report draws on".
    static func sourceReviewsHeading(kind: DocumentKind, count: Int) -> String {
        let reviews = count == 1 ? "The review" : "The reviews"
        return kind == .review ? "\(reviews) this report draws on" : "\(reviews) this learning comes from"
    }

    /// A briefing's body cut at its seven `##` headings.
    private static func briefingSections(_ html: String, _ headings: [MarkdownHeading]) -> (String, [BriefingSectionView]) {
        let split = MarkdownSections.level2(of: html, headings: headings)
        return (split.preamble, split.sections.enumerated().map { offset, section in
            BriefingSectionView(number: offset + 1, anchor: section.heading.anchor,
                                headingHTML: section.headingHTML, bodyHTML: section.bodyHTML)
        })
    }

    func key(from keys: PageKeys) -> Fingerprint? {
        keys.documentPage(index, related: related)
    }

    func sitemapEntry(_ dates: SitemapDates) -> SitemapDates.Entry? {
        let document = dates.hub.documents[index]
        guard dates.hub.isPublic(index) else { return nil }
        return SitemapDates.Entry(lastModified: (document.updated ?? document.published)?.description)
    }
}
