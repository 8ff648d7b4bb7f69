/// One of the seven numbered sections of a seven-minute briefing.
public final class BriefingSectionView: Encodable, Sendable {
    public let number: Int
    public let anchor: String
    public let headingHTML: String
    public let bodyHTML: String

    public init(number: Int, anchor: String, headingHTML: String, bodyHTML: String) {
        self.number = number
        self.anchor = anchor
        self.headingHTML = headingHTML
        self.bodyHTML = bodyHTML
    }
}
