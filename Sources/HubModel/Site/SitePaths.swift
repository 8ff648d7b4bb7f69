/// The path under the site root of every page the generator writes, and of its other files: the one
/// place they are spelled out. Page paths end in `/` (the page is that folder's `index.html`); the
/// home page is "".
public enum SitePaths {
    public static let home = ""
    public static let themes = "themes/"
    public static let reviewTypes = "review-types/"
    public static let committees = "committees/"
    public static let years = "years/"
    public static let search = "search/"
    public static let glance = "glance/"
    public static let recommendations = "recommendations/"
    /// What the tracker's script filters and renders rows from: `filters.js` and `rows-<n>.js`.
    public static let trackerData = "recommendations/data/"
    /// Copied from the content folder, for the files that published documents link to.
    public static let assets = "assets/"
    /// The site theme's static files.
    public static let themeFiles = "static/"
    /// The Atom feed of all new learning.
    public static let feed = "feed.xml"

    /// A document's page: `reviews/child-a/`; a free page sits at the top: `about/`.
    public static func document(_ kind: DocumentKind, slug: String) -> String {
        kind == .page ? "\(slug)/" : "\(kind.folder)/\(slug)/"
    }

    /// Every document of one kind: `reviews/`.
    public static func kind(_ kind: DocumentKind) -> String { "\(kind.folder)/" }

    public static func theme(_ id: String) -> String { "\(themes)\(id)/" }

    /// The Atom feed of new learning on one theme.
    public static func themeFeed(_ id: String) -> String { theme(id) + feed }

    public static func reviewType(_ type: ReviewType) -> String { "\(reviewTypes)\(type.rawValue)/" }

    public static func committee(_ id: String) -> String { "\(committees)\(id)/" }

    public static func year(_ year: Int) -> String { "\(years)\(year)/" }

    /// The folder under a list that holds its later pages (`reviews/page/2/`), which no document of
    /// that list may take as its slug.
    public static let pageSegment = "page"

    /// Page `number` (from 1) of the list whose first page is at `list`: the list's own path for the
    /// first page, `<list>page/<number>/` for the others (`reviews/page/2/`).
    public static func listPage(_ list: String, _ number: Int) -> String {
        number <= 1 ? list : "\(list)\(pageSegment)/\(number)/"
    }

    /// Top-level path segments the site uses itself, which a free page's slug may not take: every
    /// folder above, each document kind's folder, and names that would read as site files.
    public static let reservedSegments: Set<String> = {
        let folders = [themes, reviewTypes, committees, years, search, glance, recommendations, assets, themeFiles]
            + DocumentKind.allCases.map(kind)
        return Set(folders.map { String($0.dropLast()) } + ["site", "index"])
    }()
}
