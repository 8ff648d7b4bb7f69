/// The age band of the person at the centre of a review, from infancy into old age.
public enum AgeBand: String, Sendable, Codable, CaseIterable, Hashable {
    case under1 = "under-1"
    case oneToTwo = "1-2"
    case threeToFour = "3-4"
    case fiveToTen = "5-10"
    case elevenToSeventeen = "11-17"
    case eighteenToTwentyFive = "18-25"
    case twentySixToSixtyFour = "26-64"
    case sixtyFiveAndOver = "65-and-over"

    public var displayName: String {
        switch self {
        case .under1: return "Under 1 year"
        case .sixtyFiveAndOver: return "65 years and over"
        default: return "\(rawValue.replacingOccurrences(of: "-", with: " to ")) years"
        }
    }
}
