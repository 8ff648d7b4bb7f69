/// The age band of the child or young person at the centre of a review.
public enum AgeBand: String, Sendable, Codable, CaseIterable, Hashable {
    case under1 = "under-1"
    case oneToTwo = "1-2"
    case threeToFour = "3-4"
    case fiveToTen = "5-10"
    case elevenToSeventeen = "11-17"
    case eighteenToTwentyFive = "18-25"

    public var displayName: String {
        self == .under1 ? "Under 1 year" : "\(rawValue.replacingOccurrences(of: "-", with: " to ")) years"
    }
}
