/// One of the seven numbered sections of a seven-minute briefing.
public struct BriefingSectionView: Encodable, Sendable {
    public let number: Int
    public let anchor: String
    public let headingHTML: String
    public let bodyHTML: String
}
