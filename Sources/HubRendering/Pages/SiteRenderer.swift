import HubSupport
import Foundation
import HubModel

/// Renders every page of a hub through a site theme.
public struct SiteRenderer: Sendable {
    /// A rendering failure that is not the author's content: a template produced nothing.
    public struct RenderError: Error, CustomStringConvertible {
        public let template: String
        public let page: String
        public var description: String { "the template '\(template)' could not render the page '\(page)'" }
    }

    public let hub: Hub
    public let theme: SiteTheme
    /// Every document's related learning (`RelatedLearning(hub:).all()`), when a cache already has it.
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

    /// Renders every page in parallel into `output`.
    ///
    /// With an `environment` (a fingerprint of the generator and anything else outside the hub
    /// that shapes pages), each page that has a `PageKeys` key is written under it, so `output`
    /// can keep the previous build's file instead of the page being rendered again.
    public func renderPages(into output: some OutputSink, environment: Fingerprint? = nil,
                            progress: BuildProgress? = nil) throws -> Outcome {
        let theme = self.theme
        let relatedLearning = self.relatedLearning
        let factory = PageViewFactory(hub: hub, render: { view, template in theme.render(view, template: template) ?? "" },
                                      sharesItemsAcrossDepths: !theme.mentionsRootMarker)
        let pages = SitePage.all(in: hub)
        let environment = environment.map { environment in
            var hasher = StableHasher()
            hasher.combine(environment)
            hasher.combine(theme.fingerprint)
            return hasher.finalize()
        }
        let keys = environment.map {
            PageKeys(hub: hub, environment: $0,
                     navigation: [factory.aboutPath, factory.accessibilityPath, factory.supportPath])
        }
        progress?.pagesPlanned(pages.count)
        let results: [Result<Bool, Error>] = Parallel.map(pages) { page in
            Result {
                let folder = page.sitePath(in: hub)
                let path = folder + "index.html"
                // A document's related learning is needed by its key and its page: worked out once.
                var related: [Int] = []
                if case .document(let index) = page {
                    related = relatedLearning?[index] ?? factory.relatedLearning.related(to: index)
                }
                let render = { [related] in
                    let (template, view) = Self.view(for: page, related: related, factory: factory)
                    guard let html = theme.render(view, template: template) else {
                        throw RenderError(template: template, page: path)
                    }
                    return Data(html.utf8)
                }
                defer { progress?.pageWritten() }
                if let key = keys?.key(for: page, at: folder, related: related) {
                    return try output.write(path, key: key, produce: render)
                }
                try output.write(path, try render())
                return false
            }
        }
        var reused = 0
        for result in results {
            if try result.get() { reused += 1 }
        }
        return Outcome(pages: pages.count, reused: reused)
    }

    private static func view(for page: SitePage, related: [Int], factory: PageViewFactory) -> (String, Any) {
        switch page {
        case .home: return ("home", factory.home())
        case .document(let index):
            let view = factory.document(index, related: related)
            return (view.header.kind, view)
        case .kindIndex(let kind): return ("listing", factory.kindIndex(kind))
        case .themeIndex: return ("directory", factory.themeIndex())
        case .theme(let theme): return ("theme", factory.theme(theme))
        case .reviewTypeIndex: return ("directory", factory.reviewTypeIndex())
        case .reviewType(let type): return ("listing", factory.reviewType(type))
        case .committeeIndex: return ("directory", factory.committeeIndex())
        case .committee(let committee): return ("listing", factory.committee(committee))
        case .yearIndex: return ("directory", factory.yearIndex())
        case .year(let year): return ("listing", factory.year(year))
        case .search: return ("search", factory.search())
        case .glance: return ("glance", factory.glance())
        case .recommendations: return ("recommendations", factory.recommendations())
        }
    }
}
