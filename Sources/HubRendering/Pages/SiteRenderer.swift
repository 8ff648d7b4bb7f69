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

    public init(hub: Hub, theme: SiteTheme) {
        self.hub = hub
        self.theme = theme
    }

    /// Renders every page in parallel and hands each to `write` as (path under the site root, HTML).
    ///
    /// `write` is called from several threads at once, each time for a different path.
    /// Returns the number of pages written.
    @discardableResult
    public func renderPages(progress: BuildProgress? = nil, write: @Sendable (String, Data) throws -> Void) throws -> Int {
        let theme = self.theme
        let factory = PageViewFactory(hub: hub) { item in theme.render(item, template: "document-item") ?? "" }
        let pages = SitePage.all(in: hub)
        progress?.pagesPlanned(pages.count)
        let failures: [Error?] = Parallel.map(pages) { page in
            do {
                let (template, view) = Self.view(for: page, factory: factory)
                let path = page.sitePath(in: hub) + "index.html"
                guard let html = theme.render(view, template: template) else {
                    throw RenderError(template: template, page: path)
                }
                try write(path, Data(html.utf8))
                progress?.pageWritten()
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
        return pages.count
    }

    private static func view(for page: SitePage, factory: PageViewFactory) -> (String, Any) {
        switch page {
        case .home: return ("home", factory.home())
        case .document(let index):
            let view = factory.document(index)
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
