import HubSupport
import Foundation
import HubModel

/// Renders every page of a hub through a site theme.
public struct SiteRenderer: Sendable {
    /// A rendering failure that is not the author's content: a template produced nothing.
    public struct RenderError: LocalizedError, CustomStringConvertible {
        public let template: String
        public let page: String
        public var errorDescription: String? { description }
        public var description: String { "the template '\(template)' could not render the page '\(page)'" }
    }

    public let hub: Hub
    public let theme: SiteTheme
    /// Every document's related learning (`RelatedLearning(hub:).all()`), if it is known already.
    public let relatedLearning: [[Int]]?

    public init(hub: Hub, theme: SiteTheme, relatedLearning: [[Int]]? = nil) {
        precondition(relatedLearning.map { $0.count == hub.documents.count } ?? true, "related learning for another hub")
        self.hub = hub
        self.theme = theme
        self.relatedLearning = relatedLearning
    }

    /// What a call to `renderPages` did.
    public struct Outcome: Sendable {
        /// Pages on the site.
        public let pages: Int
        /// Pages kept from the previous build because nothing they show had changed.
        public let reused: Int
    }

    /// Renders every page in parallel and hands each to `write` as (path under the site root, HTML).
    ///
    /// `write` is called from several threads at once, each time for a different path.
    /// Returns the number of pages written.
    @discardableResult
    public func renderPages(progress: BuildProgress? = nil, write: @escaping @Sendable (String, Data) throws -> Void) throws -> Int {
        try renderPages(into: ClosureSink(handler: write), progress: progress).pages
    }

    /// Renders every page in parallel into `output`, each under its `PageKeys` key, so that an output
    /// that keeps the previous build's files can keep a page instead of it being rendered again.
    public func renderPages(into output: some OutputSink, progress: BuildProgress? = nil) throws -> Outcome {
        let theme = self.theme
        let factory = PageViewFactory(hub: hub, render: { view, template in theme.render(view, template: template) ?? "" },
                                      sharesItemsAcrossDepths: !theme.mentionsRootMarker)
        let pages = SitePages.all(in: hub, related: relatedLearning ?? RelatedLearning(hub: hub).all())
        let keys = PageKeys(hub: hub, theme: theme.fingerprint,
                            navigation: [factory.aboutPath, factory.accessibilityPath, factory.supportPath]) { factory.listingKey($0) }
        progress?.pagesPlanned(pages.count)
        let results: [Result<Bool, Error>] = Parallel.map(pages) { page in
            Result {
                defer { progress?.pageWritten() }
                let path = page.path + "index.html"
                return try output.write(path, key: page.key(from: keys)) {
                    guard let html = theme.render(try page.view(from: factory), template: page.template) else {
                        throw RenderError(template: page.template, page: path)
                    }
                    return Data(html.utf8)
                }
            }
        }
        var reused = 0
        for result in results where try result.get() { reused += 1 }
        return Outcome(pages: pages.count, reused: reused)
    }
}
