import HubModel

/// One page of a list cut into pages of a fixed size, each at a stable address: the first at the
/// list's own path (`reviews/`), the others under it (`reviews/page/2/`, from `SitePaths.listPage`).
struct ListPage: Sendable {
    /// Entries on a full page: enough to scan, few enough that a page stays small on a phone.
    static let size = 50

    /// The path of the list's first page.
    let list: String
    /// From 1.
    let number: Int
    /// Entries in the whole list.
    let total: Int

    /// Every page of a list of `total` entries whose first page is at `list` (one page when it is empty).
    static func pages(of list: String, total: Int) -> [ListPage] {
        let count = max(1, (total + size - 1) / size)
        return (1...count).map { ListPage(list: list, number: $0, total: total) }
    }

    /// Pages in the whole list.
    var count: Int { max(1, (total + Self.size - 1) / Self.size) }
    /// The positions in the whole list of the entries this page shows.
    var range: Range<Int> { min(total, (number - 1) * Self.size) ..< min(total, number * Self.size) }
    var isFirst: Bool { number == 1 }
    /// This page's path under the site root.
    var path: String { path(of: number) }

    /// The path of page `number` of the same list.
    func path(of number: Int) -> String { SitePaths.listPage(list, number) }

    /// The link from this page to page `number` of the same list: `./`, `page/3/`, `../../`, `../3/`.
    func href(to number: Int) -> String {
        if number == self.number { return "./" }
        if isFirst { return "\(SitePaths.pageSegment)/\(number)/" }
        return number == 1 ? "../../" : "../\(number)/"
    }
}
