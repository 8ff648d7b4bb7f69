/// A list of documents: all reviews, one review type, one committee, one year, ...
public struct ListingPageView: Encodable, Sendable {
    public let layout: LayoutView
    public let intro: String
    public let total: Int
    public let totalLabel: String
    public let groups: [DocumentGroupView]
}
