/// The ids a document's page gives its own elements: the layout's `main`, the header's search box and
/// the headings of the sections the page adds around the document's body. No heading of a document
/// takes one as its anchor (`## Main` is `#main-2`), so every id on a page is unique. The default
/// theme's templates use no other literal id on a document's page (`PageAnchorsTests` checks).
public enum PageAnchors {
    public static let reserved: Set<String> = [
        "main", "header-search-input", "content-warning", "recommendations-heading", "derived-heading",
        "related-learning-heading", "source-review-heading",
    ]
}
