import HubSupport
import HubModel

/// Writes the Atom feeds of a hub: all new learning at `feed.xml` and one feed per learning theme
/// at `themes/<id>/feed.xml`.
///
/// A feed holds reviews, briefs and briefings published in full (not drafts, embargoed or
/// withdrawn documents), newest first, at most `limit` of them.
public struct FeedWriter: Sendable {
    public let hub: Hub
    public let limit: Int

    public init(hub: Hub, limit: Int = 50) {
        self.hub = hub
        self.limit = limit
    }

    /// Every feed, as files to write.
    public func files() -> [SiteFile] {
        var files = [SiteFile(path: SitePaths.feed, text: siteFeed().xml)]
        for theme in hub.config.learningThemes {
            files.append(SiteFile(path: SitePaths.themeFeed(theme.id), text: themeFeed(theme).xml))
        }
        return files
    }

    /// All new learning.
    func siteFeed() -> AtomFeed {
        let indices = hub.documents.indices.filter { hub.documents[$0].kind.carriesLearning }
        return feed(path: SitePaths.feed, title: hub.config.title, subtitle: "New learning from reviews: \(hub.config.description)",
                    alternate: "", indices: indices)
    }

    /// New learning on one theme.
    func themeFeed(_ theme: LearningTheme) -> AtomFeed {
        feed(path: SitePaths.themeFeed(theme.id), title: "\(theme.title) – \(hub.config.title)",
             subtitle: theme.description, alternate: SitePaths.theme(theme.id), indices: hub.documentsByTheme[theme.id] ?? [])
    }

    private func feed(path: String, title: String, subtitle: String, alternate: String, indices: [Int]) -> AtomFeed {
        // `hub.documents` is newest first, so the first `limit` in index order are the latest.
        let chosen = indices.lazy.filter { self.hub.states[$0] == .published }.prefix(limit)
        let entries = chosen.map(entry)
        let updated = chosen.compactMap { index -> CalendarDate? in
            let document = hub.documents[index]
            return document.updated ?? document.published
        }.max() ?? hub.today
        let url = SiteURL.absolute(path, in: hub.config)
        return AtomFeed(id: url, title: title, subtitle: subtitle, updated: updated.timestamp, selfLink: url,
                        alternateLink: SiteURL.absolute(alternate, in: hub.config), authorName: hub.config.title,
                        authorURI: hub.config.baseURL, language: hub.config.language, entries: Array(entries))
    }

    /// A review's summary starts with what it describes, as its page's content warning does:
    /// "This review describes the death of an adult. ..."
    static func summary(of document: Document) -> String {
        guard let review = document.review else { return document.summary }
        let warning = ReviewWording(review).contentWarning
        return warning.prefix(1).uppercased() + warning.dropFirst() + "." + (document.summary.isEmpty ? "" : " " + document.summary)
    }

    private func entry(_ index: Int) -> AtomEntry {
        let document = hub.documents[index]
        let url = SiteURL.absolute(document.sitePath, in: hub.config)
        let published = document.published ?? hub.today
        let categories = document.learningThemeIDs.compactMap { id in
            hub.config.learningTheme(id).map {
                AtomCategory(term: id, label: $0.title, scheme: SiteURL.absolute(SitePaths.themes, in: hub.config))
            }
        }
        return AtomEntry(id: url, title: document.title,
                         updated: (document.updated ?? published).timestamp, published: published.timestamp, link: url,
                         summary: Self.summary(of: document),
                         authorName: document.committeeID.flatMap { hub.config.committee($0)?.name },
                         categories: categories)
    }
}
