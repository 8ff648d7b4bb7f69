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

extension BriefingSectionView: TemplateView {
    /// The fields templates read, one for each stored property, named as the property.
    public static let templateFields = TemplateFields<BriefingSectionView>(
        .field("number") { $0.number },
        .field("anchor") { $0.anchor },
        .field("headingHTML") { $0.headingHTML },
        .field("bodyHTML") { $0.bodyHTML }
    )
}
