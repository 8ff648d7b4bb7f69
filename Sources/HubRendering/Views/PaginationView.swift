/// Where a page stands in a list cut into pages: what it shows ("Showing 51–100 of 2,013 reviews")
/// and, when there is more than one page, links to the previous, next and nearby pages.
public final class PaginationView: Encodable, Sendable {
    /// The list's heading: "Showing 51–100 of 2,013 reviews", or "All 16 documents" on a list of one
    /// page; nil for an empty list.
    public let showing: String?
    /// Names the navigation landmark: "Pages of reviews".
    public let label: String
    /// Whether the list has more than one page (and so a navigation between them).
    public let hasPages: Bool
    /// "Page 2 of 41".
    public let position: String
    public let previous: PageLinkView?
    public let next: PageLinkView?
    /// The first and last pages and those around this one, with gaps between.
    public let pages: [PageLinkView]

    public init(showing: String?, label: String, hasPages: Bool, position: String, previous: PageLinkView?,
                next: PageLinkView?, pages: [PageLinkView]) {
        self.showing = showing
        self.label = label
        self.hasPages = hasPages
        self.position = position
        self.previous = previous
        self.next = next
        self.pages = pages
    }
}

extension PaginationView: TemplateView {
    /// The fields templates read, one for each stored property, named as the property.
    public static let templateFields = TemplateFields<PaginationView>(
        .field("showing") { $0.showing },
        .field("label") { $0.label },
        .field("hasPages") { $0.hasPages },
        .field("position") { $0.position },
        .field("previous") { $0.previous },
        .field("next") { $0.next },
        .field("pages") { $0.pages }
    )
}
